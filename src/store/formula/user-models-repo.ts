import { createHash } from 'node:crypto';
import type { Store } from '../store.ts';

/** A formula tree the company defined, kept as the text it was uploaded in. */
export interface UserModelRecord {
  id: string;
  definition: string;
  createdBy: number | null;
  createdAt: string;
}

interface UserModelRow {
  id: string;
  definition: string;
  created_by: number | null;
  created_at: string;
}

const toRecord = (r: UserModelRow): UserModelRecord => ({
  id: r.id,
  definition: r.definition,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** Stores a tree under its id, replacing an earlier version with the same id. */
export function saveUserModel(
  store: Store,
  m: { id: string; definition: string; createdBy: number | null },
): UserModelRecord {
  store.db
    .prepare(
      `INSERT INTO user_models (id, definition, created_by, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, created_by = excluded.created_by,
       created_at = excluded.created_at`,
    )
    .run(m.id, m.definition, m.createdBy, store.clock().toISOString());
  return userModelById(store, m.id)!;
}

/** Every stored tree, by id. */
export function listUserModels(store: Store): UserModelRecord[] {
  return (store.db.prepare('SELECT * FROM user_models ORDER BY id').all() as UserModelRow[]).map(toRecord);
}

export function userModelById(store: Store, id: string): UserModelRecord | undefined {
  const row = store.db.prepare('SELECT * FROM user_models WHERE id = ?').get(id) as UserModelRow | undefined;
  return row ? toRecord(row) : undefined;
}

/**
 * Changes whenever a tree is stored, replaced or deleted — a digest of every id and definition,
 * so it never depends on the clock: answers computed with stored trees key on it.
 */
export function userModelsVersion(store: Store): string {
  const rows = store.db.prepare('SELECT id, definition FROM user_models ORDER BY id').all() as Array<{
    id: string;
    definition: string;
  }>;
  const h = createHash('sha1');
  for (const r of rows) h.update(`${r.id}\u0000${r.definition}\u0000`);
  return h.digest('hex').slice(0, 16);
}

/** Deletes a stored tree; false when there was none with this id. */
export function deleteUserModel(store: Store, id: string): boolean {
  return store.db.prepare('DELETE FROM user_models WHERE id = ?').run(id).changes > 0;
}
