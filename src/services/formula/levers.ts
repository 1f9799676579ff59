import {
  benchmarkEffects,
  costsHeldAtZero,
  leverTable,
  stepEffects,
  type BenchmarkEffect,
  type FormulaTree,
  type LeverTable,
  type StepEffect,
} from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from '../slicing/dimensions.ts';
import { evaluateCovered } from './formula.ts';
import { emptySliceNotice } from '../slicing/slice-check.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { loadedColumns, type Coverage } from './coverage.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { segmentsAlong } from './constraint.ts';
import { defaultConstraintDimension } from './levers-next-step.ts';
import { dimensionName } from '../slicing/dimension-names.ts';

/**
 * The tornado's bars: what raising each lever to the benchmark of the default dimension is worth
 * (the key constraint's rule), beside the uniform +step on one lever and on all together.
 */
export interface LeverBenchmark {
  /** The dimension the segments come from (store) and its name in both languages. */
  by: string;
  byLabel: Bilingual;
  /** Profit when the model has a margin rate (fixed costs held), else revenue. */
  measure: 'profit' | 'revenue';
  /** Largest first; a lever without data along `by` (leads carry no store) is in `noData`. */
  effects: BenchmarkEffect[];
  noData: string[];
  /** 'any' (+step on any one lever, when all give the same) or one per lever, then 'all'. */
  step: StepEffect[];
}

/** The +step lever table of a period. */
export interface LeversResult extends LeverTable {
  model: string;
  period: Period;
  filters: Record<string, string[]>;
  step: number;
  /** Set when the filter leaves no rows (bilingual): the figures are empty because of it. */
  empty?: Bilingual;
  /** The levers raised (buyers in place of L × C without leads) and which file would give the rest. */
  coverage: Coverage;
  /** Null when the orders have no dimension to benchmark along. */
  benchmark: LeverBenchmark | null;
}

/** Raises each lever by `step` (0.2 = +20%), then all, on the period's values. */
export async function leversFor(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; filters?: Record<string, string[]>; step?: number },
): Promise<LeversResult> {
  const filters = req.filters ?? {};
  const step = req.step ?? 0.2;
  const columns = await ws.columns();
  checkDimensions(columns, { filters });
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [{ name: 'period', period: req.period }],
    filters,
  });
  const loaded = await loadedColumns(ws, columns);
  const covered = evaluateCovered(
    req.tree,
    [grid.get('period')?.get('') ?? {}],
    loaded,
    Object.keys(filters),
  );
  const empty = await emptySliceNotice(ws, filters, [req.period]);
  const table = leverTable(covered.tree, covered.evaluations[0]!.nodes, step);
  const by = defaultConstraintDimension(columns.get('orders') ?? []);
  let benchmark: LeverBenchmark | null = null;
  if (by !== null && !empty) {
    const along = await segmentsAlong(ws, { tree: req.tree, period: req.period, by, filters }, columns);
    const b = benchmarkEffects(req.tree, along.segments, along.withData);
    benchmark = {
      by,
      byLabel: dimensionName(by),
      measure: b.measure,
      effects: b.effects,
      noData: along.revenueLevers.filter((l) => !along.withData.includes(l)),
      // Fixed costs are held, so a step's profit effect does not need them: missing ones count as 0.
      step: stepEffects(
        leverTable(covered.tree, costsHeldAtZero(covered.tree, covered.evaluations[0]!.nodes), step),
        b.measure,
      ),
    };
  }
  return {
    model: req.tree.id,
    period: req.period,
    filters,
    step,
    ...table,
    coverage: covered.coverage,
    benchmark,
    ...(empty ? { empty } : {}),
  };
}
