import {
  evaluate,
  leverMax,
  explainTree,
  supportedTree,
  type FormulaTree,
  type Maybe,
  type MeasureValues,
} from '../../core/formula/index.ts';
import { roundMoney } from '../../core/money/index.ts';
import type { Period } from '../../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from '../slicing/dimensions.ts';
import { emptySliceNotice } from '../slicing/slice-check.ts';
import type { z } from 'zod';
import type { EvaluatedSchema, FormulaResultSchema } from '../../contract/formula.ts';
import { leverValues } from './lever-values.ts';
import { loadedColumns, needsOf, unfilteredTables, type Coverage } from './coverage.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What to evaluate: a tree for one period, optionally filtered and sliced. */
export interface FormulaRequest {
  tree: FormulaTree;
  period: Period;
  filters?: Record<string, string[]>;
  by?: string[];
  /** Locale for `--explain` sentences; omitted → no explanations. */
  explainLocale?: string;
}

/** One evaluated period (or one segment of it); its shape is the contract's. */
export type Evaluated = z.output<typeof EvaluatedSchema>;

/** A segment of a sliced evaluation. */
export type SegmentResult = NonNullable<FormulaResult['segments']>[number];

/** The formula for a period, with segments when sliced: GET /api/formula's answer. */
export type FormulaResult = z.output<typeof FormulaResultSchema>;

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

/** Evaluations of the tree the data supports, with that tree and what the data covers. */
export interface CoveredEvaluation {
  /** The tree the numbers were computed on: the request's, or it with buyers standing in for L × C. */
  tree: FormulaTree;
  evaluations: Evaluated[];
  coverage: Coverage;
}

/**
 * Evaluates one or more periods (or segments) of a tree over the data there is. When levers have
 * no data in any of them (no leads file), the tree the data supports takes their place (see
 * supportedTree), so every figure the data gives is computed; `coverage.needs` names the file that
 * would give the rest. All evaluations use the same tree, so they stay comparable.
 */
export function evaluateCovered(
  tree: FormulaTree,
  measures: readonly MeasureValues[],
  /** The columns of the tables that hold rows (loadedColumns): what names the file to import. */
  loaded: WarehouseColumns,
  /** The filter's and the slice's columns: a loaded table without them is named (unfiltered). */
  dims: readonly string[] = [],
): CoveredEvaluation {
  const first = measures.map((m) => evaluate(tree, m));
  const supported = supportedTree(tree, first);
  const replaced = Object.values(supported.standIns).flat();
  const evaluations = measures.map((m) => {
    const e = evaluated(supported.tree, m);
    // The replaced levers stay in the answer as "no data", so a reader sees they exist.
    return { ...e, levers: { ...Object.fromEntries(replaced.map((l) => [l, null])), ...e.levers } };
  });
  const coverage: Coverage = {
    levers: supported.tree.levers,
    standIns: supported.standIns,
    needs: needsOf(
      supported.tree,
      evaluations.map((e) => e.nodes),
      loaded,
    ),
  };
  const unfiltered = unfilteredTables(supported.tree, loaded, dims);
  if (unfiltered) coverage.unfiltered = unfiltered;
  return { tree: supported.tree, evaluations, coverage };
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
  const loaded = await loadedColumns(ws, columns);
  const covered = evaluateCovered(req.tree, [grid.get('period')?.get('') ?? {}], loaded, [
    ...Object.keys(filters),
    ...by,
  ]);
  const total = covered.evaluations[0]!;
  const result: FormulaResult = {
    model: req.tree.id,
    period: req.period,
    filters,
    ...total,
    coverage: covered.coverage,
  };
  if (req.explainLocale) result.explain = explainTree(covered.tree, total.nodes, req.explainLocale);
  const empty = await emptySliceNotice(ws, filters, [req.period]);
  if (empty) result.empty = empty;
  if (by.length > 0) {
    const sliced = await fetchMeasures(ws.reader, columns, {
      tree: req.tree,
      periods: [{ name: 'period', period: req.period }],
      filters,
      by,
    });
    result.by = by;
    result.segments = [...(sliced.get('period') ?? new Map()).entries()].map(([key, m]) => {
      // Segments use the whole period's tree: a slice the leads lack (store) keeps its data revenue.
      const e = evaluated(covered.tree, m);
      const above = covered.tree.levers.filter((l) => {
        const max = leverMax(covered.tree, l);
        const v = e.levers[l] ?? null;
        return max !== null && v !== null && v > max;
      });
      return { key, ...e, ...(above.length ? { aboveRange: above } : {}) };
    });
  }
  return result;
}
