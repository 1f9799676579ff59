import type Database from 'better-sqlite3';
import type { Migration } from './migrations.ts';

/**
 * Applies every migration not yet recorded, in version order, each in its own transaction so a
 * failing step leaves the store at the previous version. Returns the versions applied now. A
 * version that arrives after a higher one was applied (two branches numbering steps at once) is
 * still applied, rather than skipped for being below the maximum.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], now: () => Date): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const done = new Set(
    (db.prepare('SELECT version FROM migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, now().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
