import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';
import { orderLevel } from '../formula/order-level.ts';

/** A period as bounds: `from` inclusive, `to` exclusive (ISO dates). */
export interface ReachBounds {
  from: string;
  to: string;
}

/**
 * The journey's client counts from orders, for the period's new clients followed as a cohort:
 * `new_buyers`, customers whose first order ever falls in the period (only those with a lead in the
 * period when `fromLeads`, so the deal stage is nested in the evaluation stage); `repeat_buyers`, those
 * of them who ordered again at any time after (up to the warehouse's last order); and `buyers`, all
 * customers ordering in the period. One scan of the order level.
 */
export function ordersReachQuery(
  d: Dialect,
  p: ReachBounds,
  has: { orderId: boolean; fromLeads: boolean },
): Sql {
  const orders = orderLevel(d, { hasOrderId: has.orderId, hasCost: false, where: 'TRUE' });
  const ts = d.param('timestamp');
  const inPeriod = (col: string) => `${col} >= ${ts} AND ${col} < ${ts}`;
  const leads = d.ident('leads');
  const cid = d.ident('customer_id');
  const lts = d.ident('ts');
  const fromLeads = has.fromLeads
    ? ` AND c IN (SELECT ${cid} FROM ${leads} WHERE ${cid} IS NOT NULL AND ${inPeriod(lts)})`
    : '';
  const sql =
    `WITH o AS (${orders}), ` +
    `per AS (SELECT c, min(ts) AS first_ts, count(*) AS orders, ` +
    `${d.aggregate('count', null, inPeriod('ts'))} AS in_period FROM o GROUP BY c) ` +
    `SELECT ${d.aggregate('count', null, `${inPeriod('first_ts')}${fromLeads}`)} AS new_buyers, ` +
    `${d.aggregate('count', null, `${inPeriod('first_ts')}${fromLeads} AND orders >= 2`)} AS repeat_buyers, ` +
    `${d.aggregate('count', null, 'in_period > 0')} AS buyers FROM per`;
  const bounds = [p.from, p.to];
  const params = [
    ...bounds,
    ...bounds,
    ...(has.fromLeads ? bounds : []),
    ...bounds,
    ...(has.fromLeads ? bounds : []),
  ];
  return { sql, params };
}

/** Leads of the period (by the lead's time). */
export function leadsReachQuery(d: Dialect, p: ReachBounds): Sql {
  const ts = d.ident('ts');
  return {
    sql: `SELECT count(*) AS leads FROM ${d.ident('leads')} WHERE ${ts} >= ${d.param('timestamp')} AND ${ts} < ${d.param('timestamp')}`,
    params: [p.from, p.to],
  };
}

/** Ad impressions of the period; null when any spend row of the period lacks them. */
export function impressionsReachQuery(d: Dialect, p: ReachBounds): Sql {
  const day = d.ident('date');
  const imp = d.ident('impressions');
  return {
    sql:
      `SELECT CASE WHEN count(${imp}) = count(*) AND count(*) > 0 THEN CAST(sum(${imp}) AS DOUBLE) END AS impressions ` +
      `FROM ${d.ident('spend')} WHERE ${day} >= ${d.param('date')} AND ${day} < ${d.param('date')}`,
    params: [p.from, p.to],
  };
}
