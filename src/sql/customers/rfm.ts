import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';

/** Inputs of the per-customer RFM values. */
export interface RfmQueryInput {
  /** The as-of date (inclusive, ISO); later orders are ignored. */
  asOf: string;
  /** Days counted by frequency and monetary, ending on the as-of date (default 365). */
  windowDays?: number;
  /** Count distinct order_id; without the column every row is one order. */
  hasOrderId: boolean;
}

// The as-of date and window are bound once, as a one-row relation the scan is joined to.
const asOfRelation = (d: Dialect) =>
  `(SELECT ${d.param('date')} AS ${d.ident('as_of')}, CAST(? AS INTEGER) AS ${d.ident('window_days')}) AS ${d.ident('p')}`;

/**
 * Recency, frequency and monetary per customer in one GROUP BY over `orders`: whole days since
 * the last order, orders and revenue in the window, plus all-time order rows and revenue (what
 * the R package `rfm` scores), first order and tenure.
 */
export function rfmValuesQuery(d: Dialect, input: RfmQueryInput): Sql {
  const [id, ts, revenue, asOf, windowDays] = ['customer_id', 'ts', 'revenue', 'as_of', 'window_days'].map(
    (c) => d.ident(c),
  ) as [string, string, string, string, string];
  const day = `CAST(${ts} AS DATE)`;
  const inWindow = `FILTER (WHERE ${day} > ${asOf} - ${windowDays})`;
  const orders = input.hasOrderId ? `count(DISTINCT ${d.ident('order_id')})` : 'count(*)';
  const sql =
    `SELECT ${id}, ${asOf} - max(${day}) AS ${d.ident('recency_days')}, ` +
    `${orders} ${inWindow} AS ${d.ident('frequency')}, ` +
    `coalesce(CAST(sum(${revenue}) ${inWindow} AS DOUBLE), 0) AS ${d.ident('monetary')}, ` +
    `count(*) AS ${d.ident('orders_all_time')}, CAST(sum(${revenue}) AS DOUBLE) AS ${d.ident('revenue_all_time')}, ` +
    `CAST(min(${day}) AS VARCHAR) AS ${d.ident('first_order')}, CAST(max(${day}) AS VARCHAR) AS ${d.ident('last_order')}, ` +
    `${asOf} - min(${day}) AS ${d.ident('tenure_days')} ` +
    `FROM ${d.ident('orders')} CROSS JOIN ${asOfRelation(d)} ` +
    `WHERE ${id} IS NOT NULL AND ${day} <= ${asOf} GROUP BY ${id}, ${asOf} ORDER BY ${id}`;
  return { sql, params: [input.asOf, input.windowDays ?? 365] };
}

/**
 * A high percentile of the days between a customer's consecutive purchase days, up to the as-of
 * date: the data's own limit day (предельный день) after which a client counts as cold.
 */
export function purchaseGapQuantileQuery(d: Dialect, asOf: string, p: number): Sql {
  const id = d.ident('customer_id');
  const day = d.ident('day');
  const days =
    `SELECT DISTINCT ${id}, CAST(${d.ident('ts')} AS DATE) AS ${day} FROM ${d.ident('orders')} ` +
    `WHERE ${id} IS NOT NULL AND CAST(${d.ident('ts')} AS DATE) <= ${d.param('date')}`;
  const gaps = `SELECT ${day} - lag(${day}) OVER (PARTITION BY ${id} ORDER BY ${day}) AS ${d.ident('gap')} FROM (${days}) AS ${d.ident('d')}`;
  return {
    sql: `SELECT ${d.quantileCont(d.ident('gap'), p)} AS ${d.ident('limit_day')} FROM (${gaps}) AS ${d.ident('g')} WHERE ${d.ident('gap')} IS NOT NULL`,
    params: [asOf],
  };
}
