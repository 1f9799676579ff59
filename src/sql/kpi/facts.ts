import type { Period } from '../../core/period/index.ts';
import type { Dialect, Param } from '../dialect.ts';

/** SQL text and its parameters. */
export interface Query {
  sql: string;
  params: Param[];
}

function channelTest(d: Dialect, alias: string, channels: readonly string[], params: Param[]): string {
  if (channels.length === 0) return '';
  params.push(...channels);
  return ` AND ${alias}.${d.ident('channel')} IN (${channels.map(() => '?').join(', ')})`;
}

/**
 * Leads of a period and scope, and those accepted into work: status accepted or converted (a
 * converted lead was accepted first). One scan of the leads table.
 */
export function leadFactsQuery(d: Dialect, p: Period, channels: readonly string[]): Query {
  const params: Param[] = [p.from, p.to];
  const status = d.ident('status');
  const sql =
    `SELECT count(*) AS leads, ${d.aggregate('count', null, `l.${status} IN ('accepted', 'converted')`)} AS accepted ` +
    `FROM ${d.ident('leads')} l WHERE l.${d.ident('ts')} >= ${d.param('timestamp')} AND l.${d.ident('ts')} < ${d.param('timestamp')}` +
    channelTest(d, 'l', channels, params);
  return { sql, params };
}

/**
 * Buyers of a period and scope, and the new ones among them: customers whose first order ever
 * (any channel, any time) falls in the period. The first order is looked up over all history, or
 * a returning customer would count as new in every period they come back.
 */
export function newClientFactsQuery(d: Dialect, p: Period, channels: readonly string[]): Query {
  const params: Param[] = [p.from, p.to, p.from, p.to];
  const [cid, ts] = [d.ident('customer_id'), d.ident('ts')];
  const from = d.param('timestamp');
  const sql =
    `WITH firsts AS (SELECT ${cid}, min(${ts}) AS first_ts FROM ${d.ident('orders')} GROUP BY ${cid}) ` +
    `SELECT ${d.countDistinct(`o.${cid}`)} AS buyers, ` +
    `${d.aggregate('count_distinct', `o.${cid}`, `f.first_ts >= ${from} AND f.first_ts < ${from}`)} AS new_clients ` +
    `FROM ${d.ident('orders')} o JOIN firsts f ON f.${cid} = o.${cid} ` +
    `WHERE o.${ts} >= ${from} AND o.${ts} < ${from}` +
    channelTest(d, 'o', channels, params);
  return { sql, params };
}

/**
 * Measures that need each customer's whole history, for a period and a scope of order columns
 * (filters: dimension → values): `new_clients`, buyers of the scope in the period whose first order
 * ever (any channel, any time) falls in the period — the monthly sheet's rule —, and
 * `repeat_orders`, the scope's orders of the period that are not their customer's first. One scan
 * of orders for the firsts, one for the period.
 */
export function customerHistoryQuery(
  d: Dialect,
  p: Period,
  filters: Readonly<Record<string, readonly string[]>>,
): Query {
  const params: Param[] = [p.from, p.to, p.from, p.to];
  const [cid, ts, oid] = [d.ident('customer_id'), d.ident('ts'), d.ident('order_id')];
  const from = d.param('timestamp');
  let scope = '';
  for (const [dim, values] of Object.entries(filters)) {
    if (values.length === 0) continue;
    params.push(...values);
    scope += ` AND o.${d.ident(dim)} IN (${values.map(() => '?').join(', ')})`;
  }
  const sql =
    `WITH firsts AS (SELECT ${cid}, min(${ts}) AS first_ts FROM ${d.ident('orders')} GROUP BY ${cid}) ` +
    `SELECT ${d.aggregate('count_distinct', `o.${cid}`, `f.first_ts >= ${from} AND f.first_ts < ${from}`)} AS new_clients, ` +
    `${d.aggregate('count_distinct', `o.${oid}`, `o.${ts} > f.first_ts`)} AS repeat_orders ` +
    `FROM ${d.ident('orders')} o JOIN firsts f ON f.${cid} = o.${cid} ` +
    `WHERE o.${ts} >= ${from} AND o.${ts} < ${from}` +
    scope;
  return { sql, params };
}
