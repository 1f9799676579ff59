import {
  decompositionLeaves,
  keyConstraint,
  type FormulaTree,
  type Segment,
} from '../../core/formula/index.ts';
import { foldMissingLevers } from './fold-missing.ts';
import type { Period } from '../../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions, isOrderDimension } from '../slicing/dimensions.ts';
import { evaluated } from './formula.ts';
import { emptySliceNotice } from '../slicing/slice-check.ts';
import type { z } from 'zod';
import type { ConstraintResultSchema } from '../../contract/formula.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';
import { UserError } from '../inputs/user-error.ts';
import { nextStepOf } from './next-step.ts';

/** The key constraint of a period along one dimension: GET /api/constraint's answer. */
export type ConstraintResult = z.output<typeof ConstraintResultSchema>;

/** A period's segments along one dimension, the stand-in folded in where levers have no data. */
export interface SegmentsAlong {
  segments: Segment[];
  /** The levers that drive revenue (margin rate moves profit, not revenue). */
  revenueLevers: string[];
  /** Those with data in at least two segments: the ones that can be ranked. */
  withData: string[];
}

/**
 * Reads the measures of every segment of `by` in one grouped query and evaluates them; levers
 * without data here (no leads per store) are folded so the others can still be ranked. The key
 * constraint and the Levers page's benchmark bars both read this.
 */
export async function segmentsAlong(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; by: string; filters: Record<string, string[]> },
  columns: WarehouseColumns,
): Promise<SegmentsAlong> {
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [{ name: 'period', period: req.period }],
    filters: req.filters,
    by: [req.by],
  });
  const raw = [...(grid.get('period') ?? new Map()).entries()].map(([key, m]) => ({
    key,
    m,
    e: evaluated(req.tree, m),
  }));
  const revenueLevers = decompositionLeaves(req.tree, req.tree.revenue).levers;
  const withData = revenueLevers.filter(
    (l) => raw.filter((s) => (s.e.nodes[l] ?? null) !== null).length >= 2,
  );
  const segments: Segment[] = [];
  for (const s of raw) {
    const f = foldMissingLevers(req.tree, s.e.nodes, s.m['revenue'] ?? null);
    if (f) segments.push({ key: s.key, values: f.values });
  }
  return { segments, revenueLevers, withData };
}

/** Ranks levers by the revenue the lagging segments of `by` would add at the 75th percentile. */
export async function constraintFor(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; by: string; filters?: Record<string, string[]> },
): Promise<ConstraintResult> {
  const filters = req.filters ?? {};
  const columns = await ws.columns();
  if (!columns.get('orders')?.has(req.by)) {
    const dims = [...(columns.get('orders') ?? [])].filter(isOrderDimension);
    throw new UserError(
      {
        en: `orders have no column "${req.by}"; slice by one of: ${dims.join(', ') || '(none imported)'}`,
        ru: `в заказах нет столбца «${req.by}»; разрез возможен по: ${dims.join(', ') || '(ничего не загружено)'}`,
      },
      'by',
    );
  }
  checkDimensions(columns, { filters });
  const { segments, revenueLevers, withData } = await segmentsAlong(ws, { ...req, filters }, columns);
  const report = keyConstraint({ ...req.tree, levers: withData }, segments);
  const empty = await emptySliceNotice(ws, filters, [req.period]);
  return {
    nextStep: nextStepOf(req.tree, { key: report.key, by: req.by, levers: report.levers }),
    model: req.tree.id,
    period: req.period,
    by: req.by,
    filters,
    key: report.key,
    levers: report.levers,
    noData: revenueLevers.filter((l) => !withData.includes(l)),
    segments: segments.length,
    ...(empty ? { empty } : {}),
  };
}
