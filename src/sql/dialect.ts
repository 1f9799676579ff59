/**
 * SQL text for one engine. Pure: no I/O. Builders in this folder take a Dialect so the same
 * query shape renders for DuckDB today and ClickHouse later.
 */
/** A scalar bound to a `?` placeholder. Dates go in as ISO strings and are cast in SQL. */
export type Param = string | number | boolean | null;

export type SqlType = 'varchar' | 'timestamp' | 'date' | 'money' | 'quantity' | 'bigint' | 'double';
/** How a CSV file is read; the importer has sniffed all of it already. */
export interface CsvReadOptions {
  delimiter: string;
  header: boolean;
  skip?: number;
  /**
   * Column names given up front (no sniffing): the column count is fixed, and a row with fewer
   * or more cells, an unterminated quote or text after a closing quote is an error, never padded,
   * cut or merged into one cell.
   */
  columns?: readonly string[];
  /** A type per column (same order as `columns`); text when absent. */
  types?: readonly SqlType[];
  /** Decimal separator of typed money and quantity columns ('.' by default). */
  decimalSeparator?: '.' | ',';
  /** strftime-style formats of typed timestamp and date columns (ISO when absent). */
  timestampFormat?: string;
  dateFormat?: string;
  /**
   * Where malformed rows go instead of failing the read: a table of (line, column, error kind,
   * text) that the caller reports and drops. Without it the first malformed row fails the read.
   */
  rejectsTable?: string;
  /**
   * Short rows are padded with NULLs instead of refused: only for text converted from a
   * spreadsheet, which stores no empty trailing cells. Extra cells are refused all the same.
   */
  padShortRows?: boolean;
}

/** Aggregate functions measures use. */
export type AggFn = 'sum' | 'count' | 'count_distinct';
export type TruncUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Dialect {
  readonly name: string;
  /** Quotes an identifier (column or table name), escaping embedded quotes. */
  ident(name: string): string;
  /** Quotes a string literal; only for values that cannot be parameters (file paths in FROM). */
  stringLiteral(value: string): string;
  /** The column type used to store a canonical field of this kind. */
  type(t: SqlType): string;
  /** Cast that yields NULL instead of failing. */
  tryCast(expr: string, t: SqlType): string;
  /** Truncates a timestamp/date expression to the start of a calendar unit. */
  dateTrunc(unit: TruncUnit, expr: string): string;
  /** Number of distinct non-null values. */
  countDistinct(expr: string): string;
  /** An aggregate restricted to rows where `cond` holds (FILTER in DuckDB, -If in ClickHouse). */
  aggregate(fn: AggFn, expr: string | null, cond: string | null): string;
  /** A bound parameter cast to a type, for comparisons against typed columns. */
  param(t: SqlType): string;
  /** A 32-bit hash of the values as a non-negative integer, the same on every run: a cheap sort key. */
  hash32(exprs: readonly string[]): string;
  /** Continuous quantile (type 7) of an expression, p in [0, 1]. */
  quantileCont(expr: string, p: number): string;
  /**
   * Table expression reading a CSV file: every column as text, or — with `types` — parsed by the
   * engine's own CSV reader, which fails on the first value it cannot read.
   */
  readCsvText(path: string, opts: CsvReadOptions): string;
  /** `value`, or — on a row where `cond` holds — a runtime error that aborts the statement. */
  guard(cond: string, value: string, message: string): string;
  /** Table expression reading a Parquet file. */
  readParquet(path: string): string;
  /** Statement copying a query into a Parquet file. */
  copyToParquet(query: string, path: string): string;
}
