import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';

/** The app store: SQLite for app state (import log, later users and plans), beside the warehouse. */
export interface Store {
  readonly db: Database.Database;
  /** Injected so recorded times are deterministic in tests. */
  readonly clock: () => Date;
  close(): void;
}

/** Opens (creating and migrating if needed) the app store at `path`, or ":memory:". */
export function openStore(path: string, clock: () => Date): Store {
  const db = new Database(path);
  // WAL lets a CLI read the import log while a long import is writing to it.
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, clock);
  return { db, clock, close: () => db.close() };
}

/** The default store for a warehouse: `x.duckdb` → `x.sqlite` beside it; ":memory:" stays in memory. */
export function storePathFor(dbPath: string): string {
  if (dbPath === ':memory:') return ':memory:';
  return /\.duckdb$/i.test(dbPath) ? dbPath.replace(/\.duckdb$/i, '.sqlite') : `${dbPath}.sqlite`;
}
