import { channelMetrics, type ChannelMetricId } from '../core/channels/index.ts';
import type { Fact } from '../core/kpi/index.ts';
import { parsePeriod, type Period } from '../core/period/index.ts';
import type { RomiReading } from '../store/index.ts';
import { channelsFor, type ChannelRow } from './customers-channels.ts';
import { orderDateRange } from './data-range.ts';
import { catalogueWith } from './kpi-definitions.ts';
import { kpiFactsFor } from './kpi-facts-all.ts';
import { quarterMonths } from '../core/kpi/index.ts';
import type { Workspace } from './workspace.ts';

/** The quarter "2024-Q1" as the period 2024-01..2024-03, and its last day. */
export function quarterPeriod(quarter: string): { period: Period; lastDay: string } {
  const months = quarterMonths(quarter);
  const period = parsePeriod(`${months[0]}..${months[2]}`);
  const lastDay = new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { period, lastDay };
}

const money = (v: number): string => v.toFixed(2);

/**
 * The channel-economics metric that computes a catalogue KPI (ROMI, MRE, CAC, CARC, LTV…), the
 * basis picking between the by-revenue and by-margin variants of LTV and ROMI.
 */
function channelMetricOf(kpi: string, basis: RomiReading['basis']): ChannelMetricId | undefined {
  const all = channelMetrics().filter((m) => m.kpi === kpi);
  if (all.length <= 1) return all[0]?.id;
  return all.find((m) => m.id.toLowerCase().endsWith(basis))?.id;
}

/** Why a channel-economics figure is what it is, in the words of `fulcrum channels`. */
function channelDetail(kpi: string, row: ChannelRow, romi: RomiReading): string {
  const ltv = romi.basis === 'margin' ? row.ltvMargin : row.ltvRevenue;
  switch (kpi) {
    case 'romi':
      if (row.carc === null)
        return row.spend === null
          ? 'LTV ÷ CARC: no data — no spend rows for the scope in the quarter'
          : 'LTV ÷ CARC: no data — no buyers in the quarter';
      if (ltv === null)
        return romi.basis === 'margin' && row.ltvRevenue !== null
          ? `LTV by margin: no data — some orders lack their cost (by revenue the LTV is ${money(row.ltvRevenue)}); read ROMI by revenue or enter the fact`
          : `LTV by ${romi.basis} at ${romi.horizon} months: no data — no customer of the scope observed that long`;
      return (
        `LTV by ${romi.basis} at ${romi.horizon} months ${money(ltv)} ÷ CARC ${money(row.carc)} ` +
        `(spend ${money(row.spend ?? 0)} + other costs ${money(row.otherCosts)} over ${row.buyers} buyers)`
      );
    case 'mre':
      return row.spend === null || row.revenue === null
        ? 'spend ÷ revenue: no data (no spend rows or no orders)'
        : `spend ${money(row.spend)} ÷ revenue ${money(row.revenue)}`;
    case 'ltv':
      return `LTV by ${romi.basis} at ${romi.horizon} months since acquisition`;
    default:
      return `${kpi} as \`fulcrum channels\` computes it`;
  }
}

/**
 * Facts of a quarterly plan's KPIs from the warehouse, for the employee's scope (channel list;
 * empty = the whole company) and the quarter. ROMI, MRE and the other unit-economics KPIs come
 * from `fulcrum channels` over the quarter, as of its last day (or the last order, if earlier):
 * the scope's channels together, each customer once. Any other catalogue KPI comes from its
 * catalogue formula (`fulcrum kpi facts`). Every fact says where it came from; what the data
 * cannot give is "no data", never 0.
 */
export async function quarterFacts(
  ws: Workspace,
  quarter: string,
  channels: readonly string[],
  kpis: readonly string[],
  romi: RomiReading,
): Promise<Record<string, Fact>> {
  const { period, lastDay } = quarterPeriod(quarter);
  const scope = channels.length > 0 ? `channels: ${channels.join(', ')}` : 'all channels';
  const none = (why: string): Fact => ({ value: null, source: { kind: 'warehouse', detail: why } });
  const out: Record<string, Fact> = {};
  const byChannels = kpis.filter((k) => channelMetricOf(k, romi.basis) !== undefined);
  const byFormula = kpis.filter((k) => channelMetricOf(k, romi.basis) === undefined);

  if (byChannels.length > 0) {
    const columns = await ws.columns();
    const range = await orderDateRange(ws.engine, columns);
    const asOf = range && range.last < lastDay ? range.last : lastDay;
    if (!range || asOf < range.first) {
      for (const k of byChannels) out[k] = none(`no orders in the warehouse by ${lastDay}`);
    } else if (channels.length > 0 && !columns.get('orders')?.has('channel')) {
      for (const k of byChannels)
        out[k] = none(`orders have no channel column, so the scope (${scope}) cannot be read`);
    } else {
      const res = await channelsFor(ws, {
        period: period.label,
        asOf,
        horizon: romi.horizon,
        otherCosts: romi.otherCosts,
        ...(channels.length > 0 ? { channels } : {}),
      });
      for (const k of byChannels) {
        const id = channelMetricOf(k, romi.basis)!;
        const value = res.total[id];
        out[k] = {
          value,
          source: {
            kind: 'warehouse',
            detail: `channel unit economics ${period.label} as of ${asOf}, ${scope}: ${channelDetail(k, res.total, romi)}`,
          },
        };
      }
    }
  }

  if (byFormula.length > 0) {
    const filters: Record<string, string[]> = channels.length > 0 ? { channel: [...channels] } : {};
    const res = await kpiFactsFor(ws, { period, filters, catalogue: catalogueWith() });
    for (const k of byFormula) {
      const row = res.facts.find((f) => f.kpi === k);
      const used = Object.entries(row?.measures ?? {})
        .map(([m, v]) => `${m} ${v === null ? 'no data' : money(v)}`)
        .join(', ');
      out[k] =
        row && row.value !== null
          ? {
              value: row.value,
              source: { kind: 'warehouse', detail: `${k} ${period.label}, ${scope}: ${used}` },
            }
          : none(`${k} ${period.label}, ${scope}: no data in the warehouse (${used || 'no measures'})`);
    }
  }
  return out;
}
