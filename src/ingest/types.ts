import type { TableName } from './contract.ts';
import type { Lang } from '../i18n/locale.ts';

/** What to import. */
export interface ImportRequest {
  file: string;
  table: TableName;
  /** Source header → canonical field (or, for orders, a dimension name); wins over synonyms. */
  map?: Record<string, string>;
  /** XLSX sheet by name; the first sheet otherwise. */
  sheet?: string;
  /** Import even if this exact file was already imported into this table. */
  force?: boolean;
  /** Language of the validation report's reasons; English by default. */
  lang?: Lang;
  /** How the file is named in the log, results and errors (an upload's original name); `file` by default. */
  name?: string;
  /** Read, map and validate only: nothing is written and nothing is logged (status 'validated'). */
  dryRun?: boolean;
}

/** Injected effects. */
export interface ImportDeps {
  clock: () => Date;
  /** Called at the start and end of each phase: 'read', 'validate', 'write'. */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export type ImportPhase = 'read' | 'validate' | 'write';

/** One bad cell, located as a spreadsheet user would find it. */
export interface RowError {
  file: string;
  /** 1-based file row (line) number, header and title rows counted. */
  row: number;
  /** The source header as the file spells it. */
  column: string;
  value: string | null;
  reason: string;
}

export type SourceFormat = 'csv' | 'tsv' | 'parquet' | 'xlsx';

/** Outcome of one import; bad rows are reported here, never thrown. */
export interface ImportResult {
  importId: number;
  file: string;
  table: TableName;
  /** 'validated' only for a dry run that found no errors. */
  status: 'imported' | 'rejected' | 'skipped' | 'validated';
  rowsRead: number;
  rowsInserted: number;
  rowsReplaced: number;
  /** The first MAX_REPORTED_ERRORS bad cells, in file order. */
  errors: RowError[];
  errorCount: number;
  warnings: string[];
  /** Canonical field (or dimension column) → source header. */
  mapping: Record<string, string>;
  encoding: string;
  delimiter: string | null;
  format: SourceFormat;
  seconds: number;
  /**
   * Imported files only: 'direct' when the engine's CSV reader typed the rows on the way into the
   * table (clean files), 'staged' when they were parsed from text first (everything else).
   */
  loadPath?: 'direct' | 'staged';
  /** Dry runs only: the file's headers as spelled, and the first rows by canonical field (raw text). */
  headers?: string[];
  sample?: Array<Record<string, string | null>>;
  /** Dry runs only: the table's canonical fields, for a column-mapping step. */
  fields?: Array<{ name: string; required: boolean }>;
  /** Dry runs only: required fields no column maps to (then nothing else was checked). */
  missing?: string[];
}

/** How many bad cells a result lists; errorCount still counts them all. */
export const MAX_REPORTED_ERRORS = 1000;
