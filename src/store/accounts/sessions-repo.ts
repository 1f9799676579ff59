import type { Store } from '../store.ts';

/** A signed-in browser session; only the sha256 of its cookie token is stored. */
export interface SessionRecord {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

interface SessionRow {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

const toRecord = (r: SessionRow): SessionRecord => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

/** Stores a new session. */
export function insertSession(store: Store, s: SessionRecord): void {
  store.db
    .prepare(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(s.tokenHash, s.userId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt);
}

/** The session with this token digest, or undefined. */
export function sessionByHash(store: Store, tokenHash: string): SessionRecord | undefined {
  const row = store.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as
    SessionRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** Marks the session used now (it slides the idle timeout). */
export function touchSession(store: Store, tokenHash: string, at: string): void {
  store.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash);
}

/** Ends one session (logout, or found expired). */
export function deleteSession(store: Store, tokenHash: string): void {
  store.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

/** Drops sessions past their absolute expiry or idle since before `idleBefore`. */
export function deleteStaleSessions(store: Store, now: string, idleBefore: string): number {
  return store.db
    .prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at < ?')
    .run(now, idleBefore).changes;
}
