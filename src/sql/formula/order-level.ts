import type { Dialect } from '../dialect.ts';

/** How the `orders` table is read as one row per order. */
export interface OrderLevelInput {
  /** Lines sharing an order_id are one order; without the column every row is one. */
  hasOrderId: boolean;
  /** `orders.cost` exists, so an order's margin is revenue − cost. */
  hasCost: boolean;
  /** An order-level column carried as `v` (channel, store…): its smallest value over the lines. */
  dim?: string;
  /** SQL condition on the raw lines, e.g. the cut-off date; columns unqualified. */
  where: string;
}

// Money stays DECIMAL through every sum; queries cast to DOUBLE only in their output.
const NO_MARGIN = 'CAST(NULL AS DECIMAL(18, 2))';

/**
 * One row per order: `c` customer, `k` order key, `ts` its time, `revenue`, `margin` (null when a
 * line lacks its cost, so a partial cost never passes for a whole one) and `v`. The outer query
 * aggregates these few columns, never the lines.
 */
export function orderLevel(d: Dialect, input: OrderLevelInput): string {
  const [cid, ts, revenue, cost] = ['customer_id', 'ts', 'revenue', 'cost'].map((c) => d.ident(c)) as [
    string,
    string,
    string,
    string,
  ];
  const dim = input.dim === undefined ? 'NULL' : d.ident(input.dim);
  const where = `WHERE ${cid} IS NOT NULL AND ${input.where}`;
  if (!input.hasOrderId) {
    const margin = input.hasCost ? `${revenue} - ${cost}` : NO_MARGIN;
    return (
      `SELECT ${cid} AS c, CAST(row_number() OVER () AS VARCHAR) AS k, ${ts} AS ts, ` +
      `${revenue} AS revenue, ${margin} AS margin, CAST(${dim} AS VARCHAR) AS v ` +
      `FROM ${d.ident('orders')} ${where}`
    );
  }
  const margin = input.hasCost
    ? `CASE WHEN count(${cost}) = count(*) THEN sum(${revenue} - ${cost}) END`
    : NO_MARGIN;
  return (
    `SELECT ${cid} AS c, ${d.ident('order_id')} AS k, min(${ts}) AS ts, sum(${revenue}) AS revenue, ` +
    `${margin} AS margin, CAST(min(${dim}) AS VARCHAR) AS v ` +
    `FROM ${d.ident('orders')} ${where} GROUP BY ${cid}, ${d.ident('order_id')}`
  );
}

/** Month index (year × 12 + month − 1) of a timestamp or date expression, as core/period counts months. */
export const monthIndexSql = (expr: string): string => `(year(${expr}) * 12 + month(${expr}) - 1)`;
