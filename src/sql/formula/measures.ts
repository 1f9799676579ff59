import type { MeasureSpec } from '../../core/formula/types.ts';
import type { Period } from '../../core/period/index.ts';
import type { Dialect, Param, SqlType } from '../dialect.ts';

/** Canonical tables measures read from. */
export type MeasureTable = MeasureSpec['table'];

/** Each table's own date column and its type: the period filter applies to it. */
export const DATE_COLUMN: Record<MeasureTable, { column: string; type: SqlType }> = {
  orders: { column: 'ts', type: 'timestamp' },
  leads: { column: 'ts', type: 'timestamp' },
  spend: { column: 'date', type: 'date' },
  costs: { column: 'month', type: 'date' },
};

/** Slice dimensions derived from each table's own date column rather than stored. */
export const TIME_DIMENSIONS = ['year', 'quarter', 'month', 'week', 'day'] as const;
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];
/** True when a slice dimension is a calendar unit, available on every table. */
export const isTimeDimension = (dim: string): dim is TimeDimension =>
  (TIME_DIMENSIONS as readonly string[]).includes(dim);

/** The grouped value of a slice dimension: the column, or its date truncated to the unit. */
function sliceExpr(d: Dialect, table: MeasureTable, dim: string): string {
  return isTimeDimension(dim) ? d.dateTrunc(dim, d.ident(DATE_COLUMN[table].column)) : d.ident(dim);
}

// Time slices render as ISO dates (2024-03-01) so keys sort chronologically and read the same everywhere.
function sliceText(dim: string, grouped: string): string {
  return isTimeDimension(dim) ? `CAST(CAST(${grouped} AS DATE) AS VARCHAR)` : `CAST(${grouped} AS VARCHAR)`;
}

/** One aggregate query over one table, for several periods and an optional slice. */
export interface MeasureQueryInput {
  table: MeasureTable;
  measures: ReadonlyArray<{ id: string; spec: MeasureSpec }>;
  /** Named periods; each row of the result carries its period name in `_period`. */
  periods: ReadonlyArray<{ name: string; period: Period }>;
  /** Column → allowed values; only columns the table has. */
  filters: Readonly<Record<string, readonly string[]>>;
  /** Slice columns; only columns the table has. Each becomes `_by_<column>` in the result. */
  by: readonly string[];
}

/** A statement with its positional parameters. */
export interface Sql {
  sql: string;
  params: Param[];
}

/** Result column for a measure id. */
export const measureColumn = (id: string): string => `m_${id}`;
/** Result column for a slice dimension. */
export const byColumn = (dim: string): string => `_by_${dim}`;

function periodTest(d: Dialect, table: MeasureTable, p: Period, params: Param[]): string {
  const { column, type } = DATE_COLUMN[table];
  params.push(p.from, p.to);
  return `${d.ident(column)} >= ${d.param(type)} AND ${d.ident(column)} < ${d.param(type)}`;
}

/**
 * Builds one scan of a table that computes every requested measure for every period (and slice
 * value) at once: comparing two periods costs one pass over the data, not two. The inner query
 * groups by raw values and a period number; names and text casts are applied to the few grouped
 * rows outside, which keeps the scan as fast as a hand-written GROUP BY.
 */
export function measureQuery(d: Dialect, input: MeasureQueryInput): Sql {
  if (input.periods.length === 0) throw new Error('measureQuery: at least one period is needed');
  const params: Param[] = [];
  const periodIndex =
    input.periods.length === 1
      ? '0'
      : `CASE ${input.periods
          .map(({ period }, i) => `WHEN ${periodTest(d, input.table, period, params)} THEN ${i}`)
          .join(' ')} END`;
  const inner = [`${periodIndex} AS ${d.ident('_p')}`];
  const outer = [
    `CASE ${d.ident('_p')} ${input.periods.map(({ name }, i) => `WHEN ${i} THEN ${d.stringLiteral(name)}`).join(' ')} END AS ${d.ident('_period')}`,
  ];
  input.by.forEach((dim, i) => {
    inner.push(`${sliceExpr(d, input.table, dim)} AS ${d.ident(`_d${i}`)}`);
    outer.push(`${sliceText(dim, d.ident(`_d${i}`))} AS ${d.ident(byColumn(dim))}`);
  });
  for (const { id, spec } of input.measures) {
    const conds = Object.entries(spec.where ?? {}).map(([col, value]) => {
      params.push(value);
      return `${d.ident(col)} = ?`;
    });
    const expr = spec.column ? d.ident(spec.column) : null;
    const agg = d.aggregate(spec.agg, expr, conds.length ? conds.join(' AND ') : null);
    inner.push(`${agg} AS ${d.ident(measureColumn(id))}`);
    outer.push(d.ident(measureColumn(id)));
  }
  const where = [
    `(${input.periods.map(({ period }) => `(${periodTest(d, input.table, period, params)})`).join(' OR ')})`,
  ];
  for (const [col, values] of Object.entries(input.filters)) {
    if (values.length === 0) continue;
    params.push(...values);
    where.push(`CAST(${d.ident(col)} AS VARCHAR) IN (${values.map(() => '?').join(', ')})`);
  }
  const groupBy = Array.from({ length: 1 + input.by.length }, (_, i) => String(i + 1)).join(', ');
  const sql =
    `SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${d.ident(input.table)} ` +
    `WHERE ${where.join(' AND ')} GROUP BY ${groupBy}) AS ${d.ident('g')}`;
  return { sql, params };
}
