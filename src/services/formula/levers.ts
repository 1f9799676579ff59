import {
  benchmarkEffects,
  costsHeldAtZero,
  leverTable,
  stepEffects,
  type FormulaTree,
} from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from '../slicing/dimensions.ts';
import { evaluateCovered } from './formula.ts';
import { emptySliceNotice } from '../slicing/slice-check.ts';
import type { z } from 'zod';
import type { LeverBenchmarkSchema, LeversResultSchema } from '../../contract/formula.ts';
import { loadedColumns } from './coverage.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { segmentsAlong } from './constraint.ts';
import { defaultConstraintDimension } from './levers-next-step.ts';
import { dimensionName } from '../slicing/dimension-names.ts';

/**
 * The tornado's bars: what raising each lever to the benchmark of the default dimension is worth
 * (the key constraint's rule), beside the uniform +step on one lever and on all together.
 */
export type LeverBenchmark = NonNullable<z.output<typeof LeverBenchmarkSchema>>;

/** The +step lever table of a period: GET /api/levers's answer. */
export type LeversResult = z.output<typeof LeversResultSchema>;

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
