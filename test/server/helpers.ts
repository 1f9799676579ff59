import { createApp, type AppDeps, type Logger } from '../../src/server/index.ts';
import argon2 from 'argon2';
import { createApiToken, openWorkspace, type Workspace } from '../../src/services/index.ts';
import { insertUser, ROLES, type Role, type User } from '../../src/store/index.ts';

/** A clock tests can move. */
export interface TestClock {
  (): Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-23T12:00:00Z'): TestClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** A logger that keeps what it was told. */
export function memoryLogger(): Logger & {
  lines: Array<{ level: string; message: string; meta?: Record<string, unknown> }>;
} {
  const lines: Array<{ level: string; message: string; meta?: Record<string, unknown> }> = [];
  return {
    lines,
    info: (message, meta) => void lines.push({ level: 'info', message, meta }),
    error: (message, meta) => void lines.push({ level: 'error', message, meta }),
  };
}

/** Password of every test user (login = role name). */
export const PASSWORD = 'correct horse battery';

// Hashed once per test file: argon2id is slow on purpose, and every test app has four users.
let passwordHash: Promise<string> | null = null;

/** An app over a workspace with one user per role (login = role), and helpers to call it. */
export async function testApp(opts: { workspace?: Workspace; deps?: Partial<AppDeps> } = {}) {
  const clock = testClock();
  const workspace = opts.workspace ?? (await openWorkspace(':memory:', clock));
  const logger = memoryLogger();
  const users = {} as Record<Role, User>;
  passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id });
  const hash = await passwordHash;
  for (const role of ROLES)
    users[role] = insertUser(workspace.store, { login: role, name: role, role, passwordHash: hash });
  const app = createApp({ workspace, clock, logger, version: 'test', ...opts.deps });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = createApiToken(workspace, users[role], 'test').token;

  /** Signs in; returns the cookie header and CSRF token. */
  const login = async (loginName: string, password = PASSWORD) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: loginName, password }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const body = (await res.json()) as { csrfToken?: string };
    return { res, cookie: setCookie.split(';')[0] ?? '', csrf: body.csrfToken ?? '', setCookie };
  };

  /** A request as a role through its API token (CSRF does not apply). */
  const asToken = (role: Role, path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${tokens[role]}` },
    });

  return { app, clock, workspace, logger, users, tokens, login, asToken };
}
