import { cohortsFromCells, pooledCurve, type CohortCell } from '../../core/cohorts/index.ts';
import type { CohortsResult } from '../../contract/customers.ts';
import { cohortCellsQuery } from '../../sql/customers/cohorts.ts';
import { cohortMonths, observeOrders, orderDimension } from './observation.ts';
import { wholeInRange } from '../inputs/options.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What `fulcrum cohorts` asks for. */
export interface CohortsRequest {
  /** Last day observed (default: the last order date). */
  asOf?: string;
  /** Acquisition months kept, e.g. 2024-01..2024-12 (default: all). */
  period?: string;
  /** `month` (default) or an orders column whose value on the first order groups customers. */
  by?: string;
  /** Months since acquisition shown, counting the acquisition month (default 12). */
  months?: number;
}

/** Cohorts with their retention and LTV curves, and every cohort pooled into one curve. */
export type { CohortsResult };

/** Reads the cohort cells from the warehouse and returns them as cells (shared with channels). */
export async function cohortCells(
  ws: Workspace,
  input: { asOf: string; by: string | null; fromMonth: number; toMonth: number; maxMonth: number },
  orderColumns: ReadonlySet<string>,
): Promise<CohortCell[]> {
  const q = cohortCellsQuery(ws.engine.dialect, {
    ...input,
    hasOrderId: orderColumns.has('order_id'),
    hasCost: orderColumns.has('cost'),
  });
  const rows = await ws.engine.driver.query(q.sql, q.params);
  return rows.map((r) => ({
    cohort: r.cohort === null ? null : String(r.cohort),
    month: Number(r.month),
    customers: Number(r.customers),
    active: Number(r.active),
    orders: Number(r.orders),
    revenue: Number(r.revenue),
    margin: r.margin === null ? null : Number(r.margin),
  }));
}

/** Acquisition cohorts: the engine counts, the core turns counts into retention and LTV curves. */
export async function cohortsFor(ws: Workspace, req: CohortsRequest = {}): Promise<CohortsResult> {
  const obs = await observeOrders(ws, req.asOf);
  const by = !req.by || req.by === 'month' ? null : orderDimension(obs, req.by, 'by');
  const months = wholeInRange(req.months ?? 12, 1, 600, 'months');
  const range = cohortMonths(req.period, obs);
  const cells = await cohortCells(
    ws,
    { asOf: obs.asOf, by, fromMonth: range.fromMonth, toMonth: range.toMonth, maxMonth: months - 1 },
    obs.orderColumns,
  );
  const cohorts = cohortsFromCells(cells);
  // Months read in time order; a column's cohorts read largest first, "none" last.
  if (by !== null)
    cohorts.sort(
      (a, b) => Number(a.cohort === null) - Number(b.cohort === null) || b.customers - a.customers,
    );
  return {
    asOf: obs.asOf,
    by: by ?? 'month',
    period: range.period?.label ?? null,
    months,
    partialMonth: obs.partialMonth,
    hasMargin: obs.orderColumns.has('cost'),
    cohorts,
    total: pooledCurve(cells),
  };
}
