import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';

/** Inputs of the per-customer RFM values read by column (see rfmColumnsQuery). */
export interface RfmColumnsInput {
  /** The as-of date (inclusive, ISO); later orders are ignored. */
  asOf: string;
  /** Days counted by frequency and monetary, ending on the as-of date. */
  windowDays: number;
  /** The window reaches back to the first order: frequency and monetary need no FILTER. */
  wholeHistory: boolean;
  /**
   * How orders are counted: distinct order_id; every order_id row (when the ids are known to be
   * unique, so that count equals the distinct one); or every row (no order_id column).
   */
  orders: 'distinct' | 'unique-ids' | 'rows';
  /** Select customer_id (default true); a summary-only scoring needs the group, not the id. */
  ids?: boolean;
  /** Order rows by customer_id (default true); a table being filled needs no order. */
  ordered?: boolean;
  /** Include orders_all_time (default true): only R's `rfm` scores it. */
  ordersAllTime?: boolean;
  /** Include tenure_days (default true): customer lines show the first order, a summary does not. */
  tenure?: boolean;
}

/**
 * The same per-customer values as rfmValuesQuery (sql/customers/rfm.ts), shaped for a columnar read of a
 * million customers: every number an INTEGER or DOUBLE (read straight from DuckDB's vectors),
 * dates as whole days before the as-of date (first order = as-of − tenure_days, last order =
 * as-of − recency_days; the service renders them), and over the whole history neither the
 * FILTERed copies of the aggregates nor a second sum. `revenue_all_time` is then also the
 * monetary value (0 when NULL), and `frequency` is null-free. Rows come ordered by customer_id
 * unless `ordered` is false (a temporary table being filled).
 */
export function rfmColumnsQuery(d: Dialect, input: RfmColumnsInput): Sql {
  const [id, ts, revenue] = ['customer_id', 'ts', 'revenue'].map((c) => d.ident(c)) as [
    string,
    string,
    string,
  ];
  // The as-of date is bound where it is used: a one-row relation joined in cost the GROUP BY a
  // second key (a sixth of its time on 4.4M rows).
  const params: Array<string | number> = [];
  const asOf = () => {
    params.push(input.asOf);
    return d.param('date');
  };
  const day = `CAST(${ts} AS DATE)`;
  // The first and last days are the first and last timestamps' days: casting the two results
  // instead of every order's timestamp is 5 % of the GROUP BY.
  const lastDay = `CAST(max(${ts}) AS DATE)`;
  const firstDay = `CAST(min(${ts}) AS DATE)`;
  const inWindow = () => {
    if (input.wholeHistory) return '';
    const from = asOf();
    params.push(input.windowDays);
    return ` FILTER (WHERE ${day} > ${from} - CAST(? AS INTEGER))`;
  };
  // order_id is NOT NULL in the warehouse, so with unique ids a row is an order.
  const orders = input.orders === 'distinct' ? `count(DISTINCT ${d.ident('order_id')})` : 'count(*)';
  const int = (e: string) => `CAST(${e} AS INTEGER)`;
  const cols = [
    ...(input.ids === false ? [] : [id]),
    `${int(`${asOf()} - ${lastDay}`)} AS ${d.ident('recency_days')}`,
    `${int(`${orders}${inWindow()}`)} AS ${d.ident('frequency')}`,
    ...(input.wholeHistory
      ? []
      : [`coalesce(CAST(sum(${revenue})${inWindow()} AS DOUBLE), 0) AS ${d.ident('monetary')}`]),
    ...(input.ordersAllTime === false ? [] : [`${int('count(*)')} AS ${d.ident('orders_all_time')}`]),
    `CAST(sum(${revenue}) AS DOUBLE) AS ${d.ident('revenue_all_time')}`,
    ...(input.tenure === false ? [] : [`${int(`${asOf()} - ${firstDay}`)} AS ${d.ident('tenure_days')}`]),
  ];
  const sql =
    `SELECT ${cols.join(', ')} FROM ${d.ident('orders')} ` +
    `WHERE ${id} IS NOT NULL AND ${day} <= ${asOf()} GROUP BY ${id}${input.ordered === false ? '' : ` ORDER BY ${id}`}`;
  return { sql, params };
}

/** True when no two rows of `orders` share an order_id (NULLs aside): one row is one order. */
export function uniqueOrderIdsQuery(d: Dialect): Sql {
  const orderId = d.ident('order_id');
  return {
    sql: `SELECT count(${orderId}) = count(DISTINCT ${orderId}) AS ${d.ident('unique_ids')} FROM ${d.ident('orders')}`,
    params: [],
  };
}
