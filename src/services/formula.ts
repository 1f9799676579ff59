import {
  evaluate,
  explainTree,
  type FormulaTree,
  type Maybe,
  type NodeValues,
} from '../core/formula/index.ts';
import { roundMoney } from '../core/money/index.ts';
import type { Period } from '../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from './dimensions.ts';
import { emptySliceNotice } from './slice-check.ts';
import type { Bilingual } from '../i18n/index.ts';
import { leverValues } from './lever-values.ts';
import type { Workspace } from './workspace.ts';

/** What to evaluate: a tree for one period, optionally filtered and sliced. */
export interface FormulaRequest {
  tree: FormulaTree;
  period: Period;
  filters?: Record<string, string[]>;
  by?: string[];
  /** Locale for `--explain` sentences; omitted → no explanations. */
  explainLocale?: string;
}

/** One evaluated period (or one segment of it). */
export interface Evaluated {
  /** Revenue as the formula computes it, rounded to kopecks; the data's revenue when a lever has no data. */
  revenue: Maybe;
  /** Where `revenue` came from: the lever product, or the orders when levers lack data in this slice. */
  revenueSource: 'formula' | 'data';
  profit?: Maybe;
  levers: Record<string, Maybe>;
  nodes: NodeValues;
}

/** A segment of a sliced evaluation. */
export interface SegmentResult extends Evaluated {
  key: string;
}

/** The formula for a period, with segments when sliced. */
export interface FormulaResult extends Evaluated {
  model: string;
  period: Period;
  filters: Record<string, string[]>;
  by?: string[];
  segments?: SegmentResult[];
  explain?: Record<string, string>;
  /** Set when the filter leaves no rows (bilingual): the figures are empty because of it. */
  empty?: Bilingual;
}

/** Evaluates a tree on measure values and picks out what users read. */
export function evaluated(tree: FormulaTree, measures: Record<string, Maybe>): Evaluated {
  const nodes = evaluate(tree, measures);
  const formulaRevenue = nodes[tree.revenue] ?? null;
  const dataRevenue = measures['revenue'] ?? null;
  const revenue = formulaRevenue ?? dataRevenue;
  const out: Evaluated = {
    revenue: revenue === null ? null : roundMoney(revenue),
    revenueSource: formulaRevenue === null && dataRevenue !== null ? 'data' : 'formula',
    levers: leverValues(tree, nodes),
    nodes,
  };
  if (tree.profit !== undefined) {
    const p = nodes[tree.profit] ?? null;
    out.profit = p === null ? null : roundMoney(p);
  }
  return out;
}

/** The formula tree for a period, filter and slice. */
export async function formulaFor(ws: Workspace, req: FormulaRequest): Promise<FormulaResult> {
  const by = req.by ?? [];
  const filters = req.filters ?? {};
  const columns = await ws.columns();
  checkDimensions(columns, { by, filters });
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [{ name: 'period', period: req.period }],
    filters,
    by: [],
  });
  const total = evaluated(req.tree, grid.get('period')?.get('') ?? {});
  const result: FormulaResult = { model: req.tree.id, period: req.period, filters, ...total };
  const empty = await emptySliceNotice(ws, filters, [req.period]);
  if (empty) result.empty = empty;
  if (req.explainLocale) result.explain = explainTree(req.tree, total.nodes, req.explainLocale);
  if (by.length > 0) {
    const sliced = await fetchMeasures(ws.reader, await ws.columns(), {
      tree: req.tree,
      periods: [{ name: 'period', period: req.period }],
      filters,
      by,
    });
    result.by = by;
    result.segments = [...(sliced.get('period') ?? new Map()).entries()].map(([key, m]) => ({
      key,
      ...evaluated(req.tree, m),
    }));
  }
  return result;
}
