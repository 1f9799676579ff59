import { BUILTIN_MEASURES, type FormulaTree } from '../core/formula/index.ts';
import { formulaMeasures, kpiFact, type KpiDefinition } from '../core/kpi/index.ts';
import type { Period } from '../core/period/index.ts';
import type { Catalogue } from './kpi-definitions.ts';
import { fetchMeasures } from './measure-fetch.ts';
import type { Workspace } from './workspace.ts';

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
  const values = grid.get('p')?.get('') ?? {};
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
  return { period: req.period, filters, facts };
}
