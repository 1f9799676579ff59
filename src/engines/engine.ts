/**
 * The engine seam. An engine is a driver (I/O: run SQL, stream rows) plus a dialect (pure SQL
 * text) plus capabilities. The core never imports an engine; services receive one.
 */
import type { Dialect, Param } from '../sql/dialect.ts';

// A query's parameters are part of its SQL text (src/sql writes both); the driver binds them.
export type { Param };

/** A result value after normalisation: integers that fit are numbers; dates are ISO strings. */
export type Value = string | number | boolean | null;

/** One result row keyed by column name. */
export type Row = Record<string, Value>;

/**
 * A result read by column, for answers with a row per customer: a million row objects cost more
 * than the query that made them, while a numeric column is one array.
 */
export interface ColumnResult {
  readonly rowCount: number;
  /** A numeric column as doubles, NULL as NaN; throws for a missing or non-numeric column. */
  numbers(name: string): Float64Array;
  /** Any column as normalised values (see Value). */
  values(name: string): Value[];
}

/** What an engine can do; services branch on these, never on the engine's name. */
export interface Capabilities {
  /** Engine name for logs and errors ("duckdb", "clickhouse"). */
  readonly name: string;
  /** Multi-statement transactions with rollback (atomic import relies on them). */
  readonly transactions: boolean;
  /** The engine reads CSV files itself. */
  readonly readCsv: boolean;
  /** The engine reads Parquet files itself. */
  readonly readParquet: boolean;
  /** The engine writes query results to Parquet files. */
  readonly writeParquet: boolean;
}

/** I/O half of an engine. */
export interface Driver {
  /** Runs one statement with `?` parameters and returns every row. */
  query(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Runs one statement with `?` parameters and returns its result by column. */
  queryColumns(sql: string, params?: readonly Param[]): Promise<ColumnResult>;
  /** Runs one statement and yields rows in batches, for results too large to hold. */
  stream(sql: string, params?: readonly Param[]): AsyncIterable<Row[]>;
  /** Runs one or more statements without parameters (DDL, COPY). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in a transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  capabilities(): Capabilities;
  close(): Promise<void>;
}

/** A driver paired with the dialect that writes SQL for it. */
export interface Engine {
  readonly driver: Driver;
  readonly dialect: Dialect;
}

export { EngineError } from './engine-error.ts';
