import { BUILTIN_MEASURES, type FormulaTree } from '../../core/formula/index.ts';
import { formulaMeasures, KPI_CATALOGUE, kpiFact, type KpiDefinition } from '../../core/kpi/index.ts';
import type { Period } from '../../core/period/index.ts';
import type { Catalogue } from './definitions.ts';
import { fetchMeasures } from '../formula/measure-fetch.ts';
import { customerHistoryQuery } from '../../sql/kpi/facts.ts';
import { channelsFor } from '../customers/channels.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { DEFAULT_ROMI } from '../../core/kpi/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** One KPI's fact for a period and scope; null is "no data", never 0. */
export interface KpiFactRow {
  kpi: string;
  name: KpiDefinition['name'];
  unit: KpiDefinition['unit'];
  direction: KpiDefinition['direction'];
  value: number | null;
  /** The measures the fact was computed from, with their values (null = no data). */
  measures: Record<string, number | null>;
}

export interface KpiFactsResult {
  period: Period;
  filters: Record<string, string[]>;
  facts: KpiFactRow[];
}

/**
 * Every KPI of the catalogue for a period and a scope (filters such as channel=…, store=…,
 * manager=…), computed from the warehouse in one scan per table. A KPI reading a measure the
 * warehouse cannot give — a table or column the company has not loaded, a measure no one defined
 * (visitors, installs…) — is "no data" rather than 0.
 */
export async function kpiFactsFor(
  ws: Workspace,
  req: { period: Period; filters?: Record<string, string[]>; catalogue: Catalogue },
): Promise<KpiFactsResult> {
  const { definitions, measures } = req.catalogue;
  const known = (id: string): boolean => id in measures || id in BUILTIN_MEASURES;
  const ids = [...new Set(definitions.flatMap((d) => formulaMeasures(d.formula)))].filter(known);
  // CARC's "all marketing costs": the ad spend the data holds (as `fulcrum channels` counts it
  // with no --other-costs); a company with pay, call-centre or tool costs defines the measure.
  if (needs(definitions, measures, 'marketing_costs_total') && !ids.includes('spend')) ids.push('spend');
  // fetchMeasures reads the measures of a tree's measure nodes: a flat tree of exactly these.
  const tree: FormulaTree = {
    id: 'kpi-facts',
    label: { ru: 'Факты KPI', en: 'KPI facts' },
    revenue: ids[0] ?? 'revenue',
    levers: [],
    nodes: ids.map((id) => ({ id, kind: 'measure', measure: id, unit: 'number', label: { ru: id, en: id } })),
    measures,
  };
  const filters = req.filters ?? {};
  const grid = ids.length
    ? await fetchMeasures(ws.reader, await ws.columns(), {
        tree,
        periods: [{ name: 'p', period: req.period }],
        filters,
      })
    : new Map();
  const values: Record<string, number | null> = { ...(grid.get('p')?.get('') ?? {}) };
  Object.assign(values, await historyMeasures(ws, req.period, filters, definitions, measures));
  if (needs(definitions, measures, 'marketing_costs_total'))
    values['marketing_costs_total'] = values['spend'] ?? null;
  const facts = definitions.map((d) => {
    const used = Object.fromEntries(formulaMeasures(d.formula).map((m) => [m, values[m] ?? null]));
    return {
      kpi: d.id,
      name: d.name,
      unit: d.unit,
      direction: d.direction,
      value: kpiFact(d, values),
      measures: used,
    };
  });
  await fillLifetimeValue(ws, req.period, filters, facts);
  return { period: req.period, filters, facts };
}

/**
 * LTV and ROMI of the built-in catalogue, which no single period's measures give: read as the
 * `fulcrum channels` reads them for the period — LTV by margin over 12 months since acquisition
 * (DEFAULT_ROMI, the quarterly sheet's reading), ROMI = LTV ÷ CARC — for the scope's channels
 * together, with the data to its end (as the Channels page: the same figure on both). Only for a
 * channel scope (or none): the channel economics know no stores or managers.
 */
async function fillLifetimeValue(
  ws: Workspace,
  period: Period,
  filters: Record<string, string[]>,
  facts: KpiFactRow[],
): Promise<void> {
  const builtIn = (id: string) => {
    const row = facts.find((f) => f.kpi === id);
    const def = KPI_CATALOGUE.find((d) => d.id === id);
    return row && row.value === null && def && sameFormula(def, row) ? row : undefined;
  };
  const rows = { ltv: builtIn('ltv'), romi: builtIn('romi') };
  if (!rows.ltv && !rows.romi) return;
  if (Object.keys(filters).some((k) => k !== 'channel' && (filters[k] ?? []).length > 0)) return;
  const range = await orderDateRange(ws.engine, await ws.columns());
  if (!range || range.last < period.from) return;
  const channels = filters['channel'] ?? [];
  const res = await channelsFor(ws, {
    period: period.label,
    horizon: DEFAULT_ROMI.horizon,
    otherCosts: DEFAULT_ROMI.otherCosts,
    ...(channels.length > 0 ? { channels } : {}),
  });
  if (rows.ltv) rows.ltv.value = res.total.ltvMargin ?? null;
  if (rows.romi) rows.romi.value = res.total.romiMargin ?? null;
}

/** True when a fact row was computed by the built-in definition (not a company's replacement). */
const sameFormula = (def: KpiDefinition, row: KpiFactRow): boolean =>
  JSON.stringify(Object.keys(row.measures).sort()) ===
  JSON.stringify([...new Set(formulaMeasures(def.formula))].sort());

/** Measures read from each customer's history rather than one GROUP BY (see customerHistoryQuery). */
const HISTORY = ['new_clients', 'repeat_orders'] as const;

/** True when a KPI reads the measure and the company has not defined it itself. */
const needs = (defs: readonly KpiDefinition[], own: Catalogue['measures'], m: string): boolean =>
  !(m in own) && defs.some((d) => formulaMeasures(d.formula).includes(m));

/**
 * New clients and repeat orders for the period and scope, as the monthly sheet and `fulcrum
 * channels` count them: a customer is new in the period of their first order ever. Null ("no
 * data") when orders lack a customer, an order id or a filtered column.
 */
async function historyMeasures(
  ws: Workspace,
  period: Period,
  filters: Record<string, string[]>,
  defs: readonly KpiDefinition[],
  own: Catalogue['measures'],
): Promise<Record<string, number | null>> {
  const wanted = HISTORY.filter((m) => needs(defs, own, m));
  if (wanted.length === 0) return {};
  const orders = (await ws.columns()).get('orders');
  const dims = Object.keys(filters).filter((k) => (filters[k] ?? []).length > 0);
  const none = Object.fromEntries(wanted.map((m) => [m, null]));
  if (!orders || !['customer_id', 'order_id', 'ts', ...dims].every((c) => orders.has(c))) return none;
  const q = customerHistoryQuery(ws.reader.dialect, period, filters);
  const [row] = await ws.reader.driver.query(q.sql, q.params);
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  return Object.fromEntries(wanted.map((m) => [m, num(row?.[m])]));
}
