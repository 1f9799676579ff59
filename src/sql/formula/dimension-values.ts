import type { Dialect, Param } from '../dialect.ts';
import { DATE_COLUMN, type MeasureTable, type Sql } from './measures.ts';

/** Which tables carry which dimension columns (only the dimensions to list). */
export type DimensionTables = ReadonlyArray<{ table: MeasureTable; dims: readonly string[]; money: boolean }>;

/**
 * One statement listing every dimension's values with the revenue and row count behind each:
 * per table a single GROUPING SETS scan (one pass however many dimensions it has), the tables
 * unioned, summed per value, ranked by revenue then rows, the top `top` per dimension kept and the
 * dimension's count of distinct values carried beside them. `search` keeps values containing it
 * (case-insensitive) — how a list longer than `top` is searched without sending it whole.
 */
export function dimensionValuesQuery(
  d: Dialect,
  tables: DimensionTables,
  opts: { top: number; search?: string; dimension?: string },
): Sql {
  const params: Param[] = [];
  const parts = tables
    .filter((t) => t.dims.length > 0)
    .map(({ table, dims, money }) => {
      const which = dims.map((dim) => `WHEN GROUPING(${d.ident(dim)}) = 0 THEN ${d.stringLiteral(dim)}`);
      const value = dims.map(
        (dim) => `WHEN GROUPING(${d.ident(dim)}) = 0 THEN CAST(${d.ident(dim)} AS VARCHAR)`,
      );
      const sets = dims.map((dim) => `(${d.ident(dim)})`).join(', ');
      const revenue = money ? `sum(${d.ident('revenue')})` : 'CAST(NULL AS DOUBLE)';
      return (
        `SELECT CASE ${which.join(' ')} END AS dim, CASE ${value.join(' ')} END AS value, ` +
        `${revenue} AS revenue, count(*) AS n FROM ${d.ident(table)} GROUP BY GROUPING SETS (${sets})`
      );
    });
  const where = ['value IS NOT NULL'];
  if (opts.dimension !== undefined) {
    where.push('dim = ?');
    params.push(opts.dimension);
  }
  if (opts.search) {
    where.push(`strpos(lower(value), lower(?)) > 0`);
    params.push(opts.search);
  }
  params.push(opts.top);
  const sql =
    `SELECT dim, value, revenue, n, total FROM (` +
    `SELECT dim, value, revenue, n, count(*) OVER (PARTITION BY dim) AS total, ` +
    `row_number() OVER (PARTITION BY dim ORDER BY revenue DESC NULLS LAST, n DESC, value) AS rk FROM (` +
    `SELECT dim, value, sum(revenue) AS revenue, sum(n) AS n FROM (${parts.join(' UNION ALL ')}) AS u ` +
    `WHERE ${where.join(' AND ')} GROUP BY dim, value) AS s) AS r WHERE rk <= ? ORDER BY dim, rk`;
  return { sql, params };
}

/**
 * Rows a filter leaves in each table that has every filtered column: in the period, and in all
 * the data (to tell "no rows in this period" from "no such value at all"). One statement.
 */
export function sliceCountQuery(
  d: Dialect,
  tables: readonly MeasureTable[],
  filters: Readonly<Record<string, readonly string[]>>,
  periods: ReadonlyArray<{ from: string; to: string }>,
): Sql {
  const params: Param[] = [];
  const parts = tables.map((table) => {
    const { column, type } = DATE_COLUMN[table];
    const inPeriod = periods
      .map((p) => {
        params.push(p.from, p.to);
        return `(${d.ident(column)} >= ${d.param(type)} AND ${d.ident(column)} < ${d.param(type)})`;
      })
      .join(' OR ');
    const conds = Object.entries(filters).map(([col, values]) => {
      params.push(...values);
      return `CAST(${d.ident(col)} AS VARCHAR) IN (${values.map(() => '?').join(', ')})`;
    });
    return (
      `SELECT ${d.stringLiteral(table)} AS tbl, ${d.aggregate('count', null, inPeriod)} AS in_period, ` +
      `count(*) AS in_all FROM ${d.ident(table)} WHERE ${conds.join(' AND ') || 'TRUE'}`
    );
  });
  return { sql: parts.join(' UNION ALL '), params };
}
