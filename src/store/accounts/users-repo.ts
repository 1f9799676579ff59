import type { Store } from '../store.ts';
import { LANGS, type Lang } from '../../i18n/locale.ts';

/** Who a user is to the product; the HTTP route table grants routes per role. */
export const ROLES = ['owner', 'analyst', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Languages a user can pick for explanations and the workbench: the product's (src/i18n). */
export const USER_LANGS = LANGS;
export type UserLang = Lang;

/** A user as every surface may show it (never the password hash). */
export interface User {
  id: number;
  login: string;
  name: string;
  role: Role;
  lang: UserLang;
  createdAt: string;
}

interface UserRow {
  id: number;
  login: string;
  name: string;
  role: Role;
  lang: UserLang;
  password_hash: string;
  created_at: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  login: r.login,
  name: r.name,
  role: r.role,
  lang: r.lang,
  createdAt: r.created_at,
});

/** Adds a user; a taken login (case-insensitive) fails on the UNIQUE constraint. */
export function insertUser(
  store: Store,
  u: { login: string; name: string; role: Role; lang?: UserLang; passwordHash: string },
): User {
  const info = store.db
    .prepare(
      `INSERT INTO users (login, name, role, password_hash, lang, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(u.login, u.name, u.role, u.passwordHash, u.lang ?? 'ru', store.clock().toISOString());
  return userById(store, Number(info.lastInsertRowid))!;
}

/** A user by id, or undefined. */
export function userById(store: Store, id: number): User | undefined {
  const row = store.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(row) : undefined;
}

/** A user and their password hash by login (case-insensitive), for sign-in only. */
export function credentialsByLogin(
  store: Store,
  login: string,
): { user: User; passwordHash: string } | undefined {
  const row = store.db.prepare('SELECT * FROM users WHERE login = ?').get(login) as UserRow | undefined;
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

/** Every user, oldest first. */
export function listUsers(store: Store): User[] {
  return (store.db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map(toUser);
}

/** How many users exist (the sample server creates a demo owner only when there are none). */
export function countUsers(store: Store): number {
  return (store.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

/** Changes a user's name, role or password hash; fields left out stay. */
export function updateUser(
  store: Store,
  id: number,
  patch: { name?: string; role?: Role; passwordHash?: string },
): User | undefined {
  const columns = { name: patch.name, role: patch.role, password_hash: patch.passwordHash };
  const set = Object.entries(columns).filter(([, v]) => v !== undefined);
  if (set.length) {
    // Column names come from the literal above, never from input; values are parameters.
    const sql = `UPDATE users SET ${set.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
    store.db.prepare(sql).run(...set.map(([, v]) => v as string), id);
  }
  return userById(store, id);
}

/** Deletes a user; their sessions and API tokens go with them (ON DELETE CASCADE). */
export function deleteUser(store: Store, id: number): boolean {
  return store.db.prepare('DELETE FROM users WHERE id = ?').run(id).changes > 0;
}

/**
 * Ends every session of a user but `keepTokenHash` (after a password change, so a stolen session
 * dies with it; the one making the change, when it is their own, stays signed in).
 */
export function deleteUserSessions(store: Store, userId: number, keepTokenHash?: string): void {
  store.db
    .prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?')
    .run(userId, keepTokenHash ?? null);
}

/** How many owners exist: the last one may be neither removed nor demoted. */
export function countOwners(store: Store): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM users WHERE role = 'owner'`).get() as { n: number }).n;
}
