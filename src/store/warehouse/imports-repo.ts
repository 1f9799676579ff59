import type { Store } from '../store.ts';

/** Lifecycle of one import attempt; 'running' until recordImportEnd, 'failed' for whole-file errors. */
export type ImportStatus = 'running' | 'imported' | 'rejected' | 'skipped' | 'failed';

/** One row of the import log. */
export interface ImportRecord {
  id: number;
  file: string;
  fileHash: string | null;
  tableName: string;
  format: string | null;
  encoding: string | null;
  rowsRead: number;
  rowsInserted: number;
  rowsReplaced: number;
  status: ImportStatus;
  errorCount: number;
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** What is known when an attempt begins. */
export interface ImportStart {
  file: string;
  fileHash: string | null;
  tableName: string;
  format?: string | null;
  encoding?: string | null;
  /** The process running the attempt, so a later start can tell whether it died mid-way. */
  owner?: { pid: number; started: string | null };
}

/** The outcome of an attempt. */
export interface ImportEnd {
  status: Exclude<ImportStatus, 'running'>;
  rowsRead?: number;
  rowsInserted?: number;
  rowsReplaced?: number;
  errorCount?: number;
  message?: string | null;
  format?: string | null;
  encoding?: string | null;
  /** Known only at the end when the file is hashed while it is being read. */
  fileHash?: string | null;
}

interface ImportRow {
  id: number;
  file: string;
  file_hash: string | null;
  table_name: string;
  format: string | null;
  encoding: string | null;
  rows_read: number;
  rows_inserted: number;
  rows_replaced: number;
  status: ImportStatus;
  error_count: number;
  message: string | null;
  started_at: string;
  finished_at: string | null;
  pid: number | null;
  pid_started: string | null;
}

function toRecord(r: ImportRow): ImportRecord {
  return {
    id: r.id,
    file: r.file,
    fileHash: r.file_hash,
    tableName: r.table_name,
    format: r.format,
    encoding: r.encoding,
    rowsRead: r.rows_read,
    rowsInserted: r.rows_inserted,
    rowsReplaced: r.rows_replaced,
    status: r.status,
    errorCount: r.error_count,
    message: r.message,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

/** Logs the start of an attempt and returns its id (also stamped on warehouse rows as _import_id). */
export function recordImportStart(store: Store, start: ImportStart): number {
  const info = store.db
    .prepare(
      `INSERT INTO imports (file, file_hash, table_name, format, encoding, status, started_at, pid, pid_started)
       VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?)`,
    )
    .run(
      start.file,
      start.fileHash,
      start.tableName,
      start.format ?? null,
      start.encoding ?? null,
      store.clock().toISOString(),
      start.owner?.pid ?? null,
      start.owner?.started ?? null,
    );
  return Number(info.lastInsertRowid);
}

/** Logs the outcome of an attempt; format/encoding are kept when not given. */
export function recordImportEnd(store: Store, id: number, end: ImportEnd): void {
  store.db
    .prepare(
      `UPDATE imports SET status = ?, rows_read = ?, rows_inserted = ?, rows_replaced = ?, error_count = ?,
         message = ?, format = coalesce(?, format), encoding = coalesce(?, encoding),
         file_hash = coalesce(?, file_hash), finished_at = ?
       WHERE id = ?`,
    )
    .run(
      end.status,
      end.rowsRead ?? 0,
      end.rowsInserted ?? 0,
      end.rowsReplaced ?? 0,
      end.errorCount ?? 0,
      end.message ?? null,
      end.format ?? null,
      end.encoding ?? null,
      end.fileHash ?? null,
      store.clock().toISOString(),
      id,
    );
}

/** The import log, newest first. */
export function listImports(store: Store, opts: { limit?: number; tableName?: string } = {}): ImportRecord[] {
  const rows = store.db
    .prepare(`SELECT * FROM imports WHERE (? IS NULL OR table_name = ?) ORDER BY id DESC LIMIT ?`)
    .all(opts.tableName ?? null, opts.tableName ?? null, opts.limit ?? -1) as ImportRow[];
  return rows.map(toRecord);
}

/** The latest successful import of this exact content into this table, if any. */
export function findSuccessfulImportByHash(
  store: Store,
  fileHash: string,
  tableName: string,
): ImportRecord | undefined {
  const row = store.db
    .prepare(
      `SELECT * FROM imports WHERE file_hash = ? AND table_name = ? AND status = 'imported'
       ORDER BY id DESC LIMIT 1`,
    )
    .get(fileHash, tableName) as ImportRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** An attempt still marked 'running', with the process that started it (null: not recorded). */
export interface RunningImport {
  id: number;
  file: string;
  tableName: string;
  owner: { pid: number; started: string | null } | null;
}

/** Every attempt still marked 'running', oldest first: under way, or left so by a dead process. */
export function listRunningImports(store: Store): RunningImport[] {
  const rows = store.db
    .prepare(`SELECT * FROM imports WHERE status = 'running' ORDER BY id`)
    .all() as ImportRow[];
  return rows.map((r) => ({
    id: r.id,
    file: r.file,
    tableName: r.table_name,
    owner: r.pid === null ? null : { pid: r.pid, started: r.pid_started },
  }));
}
