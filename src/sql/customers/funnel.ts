import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';

/** Inputs of the product funnel. */
export interface FunnelQueryInput {
  hasOrderId: boolean;
  /** The orders column naming what was bought: category, product… */
  dim: string;
  /** Last day observed, inclusive (ISO). */
  asOf: string;
  /** Customers whose first order falls in [from, to) (ISO dates) are followed. */
  from: string;
  to: string;
  /** Purchases followed per customer (first, second, …). */
  steps: number;
}

/**
 * Each followed customer's first `steps` orders in time order, each labelled by the value that
 * took most of its revenue (ties to the smaller value), grouped as transitions: step, value,
 * the next order's value (`continued` false when there was no next order by the as-of date),
 * customers, and the revenue of this order and of the next. Steps and their average checks are
 * sums of these rows.
 */
export function funnelQuery(d: Dialect, input: FunnelQueryInput): Sql {
  const [cid, ts, revenue, dim] = ['customer_id', 'ts', 'revenue', input.dim].map((c) => d.ident(c)) as [
    string,
    string,
    string,
    string,
  ];
  const key = input.hasOrderId ? d.ident('order_id') : 'CAST(row_number() OVER () AS VARCHAR)';
  const sql =
    `WITH l AS (SELECT ${cid} AS c, ${key} AS k, ${ts} AS ts, ${revenue} AS revenue, ` +
    `CAST(${dim} AS VARCHAR) AS v FROM ${d.ident('orders')} ` +
    `WHERE ${cid} IS NOT NULL AND ${ts} < ${d.param('date')} + INTERVAL 1 DAY), ` +
    `ov AS (SELECT c, k, v, row_number() OVER (PARTITION BY c, k ORDER BY sum(revenue) DESC, v NULLS LAST) AS rn ` +
    `FROM l GROUP BY c, k, v), ` +
    `o AS (SELECT c, k, min(ts) AS ts, sum(revenue) AS revenue FROM l GROUP BY c, k), ` +
    `seq AS (SELECT o.c, o.ts, o.revenue, ov.v, row_number() OVER (PARTITION BY o.c ORDER BY o.ts, o.k) AS step ` +
    `FROM o JOIN ov ON ov.c = o.c AND ov.k = o.k AND ov.rn = 1), ` +
    `who AS (SELECT c FROM seq WHERE step = 1 AND ts >= ${d.param('date')} AND ts < ${d.param('date')}), ` +
    `s AS (SELECT seq.* FROM seq JOIN who ON who.c = seq.c WHERE step <= CAST(? AS INTEGER)) ` +
    `SELECT CAST(a.step AS INTEGER) AS step, a.v AS value, b.v AS next_value, b.c IS NOT NULL AS continued, ` +
    `count(*) AS customers, CAST(sum(a.revenue) AS DOUBLE) AS revenue, ` +
    `CAST(coalesce(sum(b.revenue), 0) AS DOUBLE) AS next_revenue ` +
    `FROM s a LEFT JOIN s b ON b.c = a.c AND b.step = a.step + 1 ` +
    `GROUP BY ALL ORDER BY 1, 2 NULLS LAST, 4 DESC, 3 NULLS LAST`;
  return { sql, params: [input.asOf, input.from, input.to, input.steps] };
}
