import { channelMetrics, type ChannelMetricId } from '../../core/channels/index.ts';
import { BUILTIN_MEASURES, MEASURE_NAMES } from '../../core/formula/index.ts';
import {
  channelScope,
  factSource,
  quarterMonths,
  type Fact,
  type Label,
  type SourceWords,
} from '../../core/kpi/index.ts';
import { lastDayOf, parsePeriod, type Period } from '../../core/period/index.ts';
import type { RomiReading } from '../../store/index.ts';
import { channelsFor, type ChannelRow } from '../customers/channels.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { catalogueWith, type Catalogue } from './definitions.ts';
import { kpiFactsFor } from './facts.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The quarter "2024-Q1" as the period 2024-01..2024-03, and its last day. */
export function quarterPeriod(quarter: string): { period: Period; lastDay: string } {
  const months = quarterMonths(quarter);
  const period = parsePeriod(`${months[0]}..${months[2]}`);
  return { period, lastDay: lastDayOf(period) };
}

/**
 * The channel-economics metric that computes a catalogue KPI (ROMI, MRE, CAC, CARC, LTV…), the
 * basis picking between the by-revenue and by-margin variants of LTV and ROMI.
 */
function channelMetricOf(kpi: string, basis: RomiReading['basis']): ChannelMetricId | undefined {
  const all = channelMetrics().filter((m) => m.kpi === kpi);
  if (all.length <= 1) return all[0]?.id;
  return all.find((m) => m.id.toLowerCase().endsWith(basis))?.id;
}

/** "N buyers" after «на»: на 1 покупателя, на 375 покупателей. */
const buyersRu = (n: number, w: SourceWords): string =>
  `${w.num(n)} ${n % 10 === 1 && n % 100 !== 11 ? 'покупателя' : 'покупателей'}`;

/** Why a channel-economics figure is what it is, in the words of `fulcrum channels`. */
function channelDetail(
  kpi: Label & { id: string },
  row: ChannelRow,
  romi: RomiReading,
  w: SourceWords,
): string {
  const ru = w.lang === 'ru';
  const ltv = romi.basis === 'margin' ? row.ltvMargin : row.ltvRevenue;
  const ltvName = ru
    ? `LTV по ${romi.basis === 'margin' ? 'марже' : 'выручке'} за ${w.num(romi.horizon)} мес.`
    : `LTV by ${romi.basis} at ${w.num(romi.horizon)} months`;
  switch (kpi.id) {
    case 'romi':
      if (row.carc === null) {
        if (row.spend === null)
          return ru
            ? 'LTV ÷ CARC: нет данных — за квартал нет рекламных расходов этих каналов'
            : 'LTV ÷ CARC: no data — no spend rows for the scope in the quarter';
        return ru
          ? 'LTV ÷ CARC: нет данных — за квартал нет покупателей'
          : 'LTV ÷ CARC: no data — no buyers in the quarter';
      }
      if (ltv === null) {
        if (romi.basis === 'margin' && row.ltvRevenue !== null)
          return ru
            ? `LTV по марже: нет данных — у части заказов нет себестоимости (LTV по выручке ${w.money(row.ltvRevenue)}); считайте ROMI по выручке или введите факт`
            : `LTV by margin: no data — some orders lack their cost (by revenue the LTV is ${w.money(row.ltvRevenue)}); read ROMI by revenue or enter the fact`;
        return ru
          ? `${ltvName}: нет данных — ни один покупатель этих каналов не наблюдался так долго`
          : `${ltvName}: no data — no customer of the scope observed that long`;
      }
      return ru
        ? `${ltvName} ${w.money(ltv)} ÷ CARC ${w.money(row.carc)} ` +
            `(расходы ${w.money(row.spend ?? 0)} + прочие ${w.money(row.otherCosts)} на ${buyersRu(row.buyers ?? 0, w)})`
        : `${ltvName} ${w.money(ltv)} ÷ CARC ${w.money(row.carc)} ` +
            `(spend ${w.money(row.spend ?? 0)} + other costs ${w.money(row.otherCosts)} over ${w.num(row.buyers ?? 0)} ${row.buyers === 1 ? 'buyer' : 'buyers'})`;
    case 'mre':
      if (row.spend === null || row.revenue === null)
        return ru
          ? 'расходы ÷ выручка: нет данных (нет рекламных расходов или заказов)'
          : 'spend ÷ revenue: no data (no spend rows or no orders)';
      return ru
        ? `расходы ${w.money(row.spend)} ÷ выручка ${w.money(row.revenue)}`
        : `spend ${w.money(row.spend)} ÷ revenue ${w.money(row.revenue)}`;
    case 'ltv':
      return ru ? `${ltvName} с момента привлечения` : `${ltvName} since acquisition`;
    default:
      return ru
        ? `${w.name(kpi.id, kpi)} — как в \`fulcrum channels\``
        : `${w.name(kpi.id, kpi)} as \`fulcrum channels\` computes it`;
  }
}

/** Measures summed over money columns read as roubles; the rest (orders, leads, items) as numbers. */
const MONEY_COLUMNS = new Set(['revenue', 'amount', 'cost', 'discount']);

/** A name inside a sentence: «Выручка по заказам» → «выручка по заказам»; "SG&A costs" stays. */
const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "revenue 380.00, orders 5" / «выручка по заказам 380,00 ₽, число заказов 5». */
function measuresUsed(
  used: Record<string, number | null>,
  specs: Catalogue['measures'],
  w: SourceWords,
): string {
  return Object.entries(used)
    .map(([m, v]) => {
      const spec = specs[m] ?? BUILTIN_MEASURES[m];
      const isMoney = spec?.agg === 'sum' && MONEY_COLUMNS.has(spec.column ?? '');
      const name = lowerFirst(w.name(m, MEASURE_NAMES[m] ?? { ru: m, en: m }));
      return `${name} ${v === null ? w.noData : isMoney ? w.money(v) : w.num(v)}`;
    })
    .join(', ');
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
  const catalogue = catalogueWith();
  const kpiOf = (k: string): Label & { id: string } => ({
    id: k,
    ...(catalogue.definitions.find((d) => d.id === k)?.name ?? { ru: k, en: k }),
  });
  const scope = (w: SourceWords): string => channelScope(w, channels);
  const none = (why: (w: SourceWords) => string): Fact => ({
    value: null,
    source: factSource('warehouse', why),
  });
  const out: Record<string, Fact> = {};
  const byChannels = kpis.filter((k) => channelMetricOf(k, romi.basis) !== undefined);
  const byFormula = kpis.filter((k) => channelMetricOf(k, romi.basis) === undefined);

  if (byChannels.length > 0) {
    const columns = await ws.columns();
    const range = await orderDateRange(ws.engine, columns);
    const asOf = range && range.last < lastDay ? range.last : lastDay;
    if (!range || asOf < range.first) {
      for (const k of byChannels)
        out[k] = none((w) =>
          w.lang === 'ru'
            ? `в данных нет заказов по ${w.day(lastDay)} включительно`
            : `no orders in the warehouse by ${w.day(lastDay)}`,
        );
    } else if (channels.length > 0 && !columns.get('orders')?.has('channel')) {
      for (const k of byChannels)
        out[k] = none((w) =>
          w.lang === 'ru'
            ? `в заказах нет колонки канала, поэтому заказы каналов не выделить (${scope(w)})`
            : `orders have no channel column, so the scope (${scope(w)}) cannot be read`,
        );
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
        out[k] = {
          value: res.total[id],
          source: factSource('warehouse', (w) => {
            const why = channelDetail(kpiOf(k), res.total, romi, w);
            return w.lang === 'ru'
              ? `юнит-экономика каналов за ${w.period(period.label)} на ${w.day(asOf)}, ${scope(w)}: ${why}`
              : `channel unit economics ${w.period(period.label)} as of ${w.day(asOf)}, ${scope(w)}: ${why}`;
          }),
        };
      }
    }
  }

  if (byFormula.length > 0) {
    const filters: Record<string, string[]> = channels.length > 0 ? { channel: [...channels] } : {};
    const res = await kpiFactsFor(ws, { period, filters, catalogue });
    for (const k of byFormula) {
      const row = res.facts.find((f) => f.kpi === k);
      // The line already names the KPI for a person; `detail` starts with its id, as it always has.
      const head = (w: SourceWords): string =>
        w.programs
          ? `${k} ${w.period(period.label)}, ${scope(w)}`
          : w.lang === 'ru'
            ? `данные за ${w.period(period.label)}, ${scope(w)}`
            : `data for ${w.period(period.label)}, ${scope(w)}`;
      const used = (w: SourceWords): string => measuresUsed(row?.measures ?? {}, catalogue.measures, w);
      out[k] =
        row && row.value !== null
          ? { value: row.value, source: factSource('warehouse', (w) => `${head(w)}: ${used(w)}`) }
          : none((w) =>
              w.lang === 'ru'
                ? `${head(w)}: в данных этого нет (${used(w) || 'нет мер'})`
                : `${head(w)}: no data in the warehouse (${used(w) || 'no measures'})`,
            );
    }
  }
  return out;
}
