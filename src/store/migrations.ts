/** One schema step of the app store; `version` orders them and is recorded once applied. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The store's schema history, oldest first. Append only: an applied migration is never edited,
 * because stores in the field already ran it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'imports',
    // file_hash is nullable: an attempt on a missing file is still logged, with nothing to hash.
    sql: `
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file TEXT NOT NULL,
        file_hash TEXT,
        table_name TEXT NOT NULL,
        format TEXT,
        encoding TEXT,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_inserted INTEGER NOT NULL DEFAULT 0,
        rows_replaced INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        error_count INTEGER NOT NULL DEFAULT 0,
        message TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX imports_hash ON imports (file_hash, table_name, status);
    `,
  },
];
