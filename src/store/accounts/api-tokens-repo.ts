import type { Store } from '../store.ts';

/** An API token for scripts; the token itself is shown once, only its sha256 is kept. */
export interface ApiTokenRecord {
  id: number;
  name: string;
  userId: number;
  createdAt: string;
  lastUsedAt: string | null;
}

interface ApiTokenRow {
  id: number;
  token_hash: string;
  name: string;
  user_id: number;
  created_at: string;
  last_used_at: string | null;
}

const toRecord = (r: ApiTokenRow): ApiTokenRecord => ({
  id: r.id,
  name: r.name,
  userId: r.user_id,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

/** Stores a token digest for a user. */
export function insertApiToken(
  store: Store,
  t: { tokenHash: string; name: string; userId: number },
): ApiTokenRecord {
  const info = store.db
    .prepare('INSERT INTO api_tokens (token_hash, name, user_id, created_at) VALUES (?, ?, ?, ?)')
    .run(t.tokenHash, t.name, t.userId, store.clock().toISOString());
  const row = store.db
    .prepare('SELECT * FROM api_tokens WHERE id = ?')
    .get(info.lastInsertRowid) as ApiTokenRow;
  return toRecord(row);
}

/** The token with this digest, stamping its use; undefined when unknown. */
export function useApiToken(store: Store, tokenHash: string): ApiTokenRecord | undefined {
  const row = store.db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(tokenHash) as
    ApiTokenRow | undefined;
  if (!row) return undefined;
  const at = store.clock().toISOString();
  store.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, row.id);
  return { ...toRecord(row), lastUsedAt: at };
}

/** A user's tokens, newest first (names and dates only). */
export function listApiTokens(store: Store, userId: number): ApiTokenRecord[] {
  return (
    store.db
      .prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id DESC')
      .all(userId) as ApiTokenRow[]
  ).map(toRecord);
}

/** Deletes a token; with `userId` only when it is that user's. False when no token matched. */
export function deleteApiToken(store: Store, id: number, userId?: number): boolean {
  if (userId === undefined)
    return store.db.prepare('DELETE FROM api_tokens WHERE id = ?').run(id).changes > 0;
  return store.db.prepare('DELETE FROM api_tokens WHERE id = ? AND user_id = ?').run(id, userId).changes > 0;
}

/** Deletes every token of a user except `keepId`; how many went. */
export function deleteUserApiTokens(store: Store, userId: number, keepId?: number): number {
  return store.db
    .prepare('DELETE FROM api_tokens WHERE user_id = ? AND id IS NOT ?')
    .run(userId, keepId ?? null).changes;
}
