import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';
import { monthIndexSql, orderLevel } from '../formula/order-level.ts';

/** Inputs of the cohort cells. */
export interface CohortQueryInput {
  hasOrderId: boolean;
  hasCost: boolean;
  /** Group customers by the month of their first order (null) or by an order-level column of it. */
  by: string | null;
  /** Last day observed, inclusive (ISO); later orders are ignored. */
  asOf: string;
  /** Acquisition months kept, as month indexes (year × 12 + month − 1), inclusive. */
  fromMonth: number;
  toMonth: number;
  /** Largest month since acquisition returned (0 = the acquisition month). */
  maxMonth: number;
}

/**
 * One row per cohort and month since acquisition: `customers` who could be observed in that month
 * (their month k has begun by the as-of date), how many of them ordered (`active`), their orders,
 * revenue and margin. A customer's cohort is fixed by the first order ever, so history before the
 * kept months still decides who is new. A month nobody ordered in comes back with zeros: the
 * customers were watched and bought nothing.
 */
export function cohortCellsQuery(d: Dialect, input: CohortQueryInput): Sql {
  const o = orderLevel(d, {
    hasOrderId: input.hasOrderId,
    hasCost: input.hasCost,
    dim: input.by ?? undefined,
    where: `${d.ident('ts')} < ${d.param('date')} + INTERVAL 1 DAY`,
  });
  const cohort = input.by === null ? `strftime(min(ts), '%Y-%m')` : 'first(v ORDER BY ts, k)';
  const sql =
    `WITH o AS (${o}), ` +
    `f AS (SELECT c, ${cohort} AS cohort, min(${monthIndexSql('ts')}) AS m0 FROM o GROUP BY c), ` +
    `s AS (SELECT * FROM f WHERE m0 BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)), ` +
    `sizes AS (SELECT cohort, least(CAST(? AS INTEGER) - m0, CAST(? AS INTEGER)) AS max_k, count(*) AS n FROM s GROUP BY ALL), ` +
    `grid AS (SELECT cohort, k, sum(n) AS eligible FROM ` +
    `(SELECT cohort, n, unnest(range(0, max_k + 1)) AS k FROM sizes) AS g GROUP BY ALL), ` +
    `cells AS (SELECT s.cohort, ${monthIndexSql('o.ts')} - s.m0 AS k, count(DISTINCT o.c) AS active, ` +
    `count(*) AS orders, sum(o.revenue) AS revenue, ` +
    `CASE WHEN count(o.margin) = count(*) THEN sum(o.margin) END AS margin ` +
    `FROM o JOIN s ON s.c = o.c GROUP BY ALL) ` +
    `SELECT g.cohort, CAST(g.k AS INTEGER) AS month, CAST(g.eligible AS INTEGER) AS customers, ` +
    `coalesce(c.active, 0) AS active, coalesce(c.orders, 0) AS orders, CAST(coalesce(c.revenue, 0) AS DOUBLE) AS revenue, ` +
    `CAST(CASE WHEN c.k IS NULL THEN ${input.hasCost ? '0' : 'NULL'} ELSE c.margin END AS DOUBLE) AS margin ` +
    `FROM grid g LEFT JOIN cells c ON c.cohort IS NOT DISTINCT FROM g.cohort AND c.k = g.k ` +
    `ORDER BY g.cohort NULLS LAST, g.k`;
  const asOfMonth = Number(input.asOf.slice(0, 4)) * 12 + Number(input.asOf.slice(5, 7)) - 1;
  return { sql, params: [input.asOf, input.fromMonth, input.toMonth, asOfMonth, input.maxMonth] };
}
