import { leverTable, withStandIns } from '../../core/formula/index.ts';
import { comparePeriods, type CompareRequest, type CompareResult } from './compare.ts';
import { constraintFor, type ConstraintResult } from './constraint.ts';
import type { LeversResult } from './levers.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Everything the terminal report shows. */
export interface ReportResult {
  db: string;
  model: string;
  comparison: CompareResult;
  levers: LeversResult;
  constraint: ConstraintResult | null;
}

/** Dimensions tried, in order, for the key constraint when the user names none. */
const CONSTRAINT_DIMS = ['store', 'channel', 'manager', 'region'];

/** The report: the formula of `after` against `before`, the lever table and the key constraint. */
export async function buildReport(
  ws: Workspace,
  req: CompareRequest & {
    /** Lever table step (0.2 = +20%). */
    step?: number;
    /** Dimension for the key constraint; the first of CONSTRAINT_DIMS the orders have by default. */
    by?: string;
  },
): Promise<ReportResult> {
  const comparison = await comparePeriods(ws, req);
  // The lever table needs only the current period's values, which the comparison already has.
  const step = req.step ?? 0.2;
  const levers: LeversResult = {
    model: req.tree.id,
    period: req.after,
    filters: req.filters ?? {},
    step,
    ...leverTable(withStandIns(req.tree, comparison.coverage.standIns), comparison.detail.after.nodes, step),
    coverage: comparison.coverage,
    // The terminal report prints the table and the key constraint; the tornado's bars are the page's.
    benchmark: null,
  };
  const orderColumns = (await ws.columns()).get('orders') ?? new Set<string>();
  const by = req.by ?? CONSTRAINT_DIMS.find((d) => orderColumns.has(d));
  const constraint = by
    ? await constraintFor(ws, { tree: req.tree, period: req.after, by, filters: req.filters })
    : null;
  return { db: ws.dbPath, model: req.tree.id, comparison, levers, constraint };
}
