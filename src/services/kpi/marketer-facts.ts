import {
  channelScope,
  factSource,
  type Fact,
  type MarketerFacts,
  type SourceWords,
} from '../../core/kpi/index.ts';
import type { Period } from '../../core/period/index.ts';
import { leadFactsQuery, newClientFactsQuery, type Query } from '../../sql/kpi/facts.ts';
import type { Workspace } from '../warehouse/workspace.ts';

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
  const scope = (w: SourceWords): string => channelScope(w, channels);
  const has = (t: string): boolean =>
    Boolean(cols.get(t)) && (channels.length === 0 || Boolean(cols.get(t)?.has('channel')));
  const none: Fact = {
    value: null,
    source: factSource('warehouse', (w) =>
      w.lang === 'ru' ? 'в загруженных данных этого нет' : 'no data in the warehouse',
    ),
  };
  let leads = none;
  let accepted = none;
  if (has('leads')) {
    const r = await one(ws, leadFactsQuery(ws.engine.dialect, period, channels));
    const n = num(r['leads']);
    const said = (w: SourceWords): string =>
      w.lang === 'ru'
        ? `лиды за ${w.period(period.label)}, ${scope(w)}`
        : `leads ${w.period(period.label)}, ${scope(w)}`;
    // Zero leads in a month is a real (bad) fact; only the accepted share needs a denominator.
    leads = { value: n ?? 0, source: factSource('warehouse', said) };
    if (n) {
      const yes = num(r['accepted']) ?? 0;
      accepted = {
        value: yes / n,
        source: factSource('warehouse', (w) =>
          w.lang === 'ru'
            ? `${said(w)}: принятые в работу и ставшие клиентами ${w.num(yes)} из ${w.num(n)}`
            : `${said(w)}: accepted + converted ${w.num(yes)} of ${w.num(n)}`,
        ),
      };
    }
  }
  let share = none;
  if (has('orders')) {
    const r = await one(ws, newClientFactsQuery(ws.engine.dialect, period, channels));
    const buyers = num(r['buyers']);
    if (buyers) {
      const fresh = num(r['new_clients']) ?? 0;
      share = {
        value: fresh / buyers,
        source: factSource('warehouse', (w) =>
          w.lang === 'ru'
            ? `заказы за ${w.period(period.label)}, ${scope(w)}: первый заказ за всё время у ${w.num(fresh)} из ${w.num(buyers)} покупателей`
            : `orders ${w.period(period.label)}, ${scope(w)}: first order ever for ${w.num(fresh)} of ${w.num(buyers)} buyers`,
        ),
      };
    }
  }
  return { leads, newClientShare: share, acceptedShare: accepted };
}
