import type Database from 'better-sqlite3';
import type { Migration } from './migrations.ts';

/**
 * Applies every migration newer than the recorded version, each in its own transaction so a
 * failing step leaves the store at the previous version. Returns the versions applied now.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], now: () => Date): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, now().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
