import type { Store } from './store.ts';

/** Who a user is to the product; the HTTP route table grants routes per role. */
export const ROLES = ['owner', 'analyst', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Languages a user can pick for explanations and the workbench. */
export const USER_LANGS = ['ru', 'en'] as const;
export type UserLang = (typeof USER_LANGS)[number];

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
