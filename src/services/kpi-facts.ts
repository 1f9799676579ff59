import type { Fact, MarketerFacts } from '../core/kpi/index.ts';
import type { Period } from '../core/period/index.ts';
import { leadFactsQuery, newClientFactsQuery, type Query } from '../sql/kpi-facts.ts';
import type { Workspace } from './workspace.ts';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function one(ws: Workspace, q: Query): Promise<Record<string, unknown>> {
  const [row] = await ws.engine.driver.query(q.sql, q.params);
  return row ?? {};
}

/**
 * Part 1's facts for an employee's scope (channel list; empty = all) and month, each saying where
 * it came from. A table or channel column the warehouse lacks, or no rows at all, is "no data".
 */
export async function marketerFacts(
  ws: Workspace,
  period: Period,
  channels: readonly string[],
): Promise<MarketerFacts> {
  const cols = await ws.columns();
  const scope = channels.length > 0 ? `channels: ${channels.join(', ')}` : 'all channels';
  const has = (t: string): boolean =>
    Boolean(cols.get(t)) && (channels.length === 0 || Boolean(cols.get(t)?.has('channel')));
  const none: Fact = { value: null, source: { kind: 'warehouse', detail: 'no data in the warehouse' } };
  let leads = none;
  let accepted = none;
  if (has('leads')) {
    const r = await one(ws, leadFactsQuery(ws.engine.dialect, period, channels));
    const n = num(r['leads']);
    const detail = `leads ${period.label}, ${scope}`;
    // Zero leads in a month is a real (bad) fact; only the accepted share needs a denominator.
    leads = { value: n ?? 0, source: { kind: 'warehouse', detail } };
    if (n) {
      accepted = {
        value: (num(r['accepted']) ?? 0) / n,
        source: { kind: 'warehouse', detail: `${detail}: accepted + converted / all` },
      };
    }
  }
  let share = none;
  if (has('orders')) {
    const r = await one(ws, newClientFactsQuery(ws.engine.dialect, period, channels));
    const buyers = num(r['buyers']);
    if (buyers)
      share = {
        value: (num(r['new_clients']) ?? 0) / buyers,
        source: { kind: 'warehouse', detail: `orders ${period.label}, ${scope}: first orders ever / buyers` },
      };
  }
  return { leads, newClientShare: share, acceptedShare: accepted };
}
