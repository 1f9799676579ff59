import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  createApiToken,
  openWorkspace,
  resumeSession,
  startSession,
  userByApiToken,
} from '../../src/services/index.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('fulcrum user', () => {
  it('adds users with a given or generated password and lists them', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'fulcrum-user-')), 'f.duckdb');
    const given = await runCli([
      'user',
      'add',
      '--db',
      db,
      '--login',
      'anna',
      '--role',
      'analyst',
      '--password',
      'secret pass',
      '--lang',
      'en',
    ]);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('anna');
    expect(given.stdout).not.toContain('secret pass');
    const generated = await runCli([
      'user',
      'add',
      '--db',
      db,
      '--login',
      'boss',
      '--role',
      'owner',
      '--json',
    ]);
    const { password } = JSON.parse(generated.stdout) as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(12);
    const bad = await runCli(['user', 'add', '--db', db, '--login', 'x1', '--role', 'boss']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/owner, analyst, manager, employee/);
    const list = await runCli(['user', 'list', '--db', db, '--json']);
    expect(
      (JSON.parse(list.stdout) as Array<{ login: string; role: string }>).map((u) => [u.login, u.role]),
    ).toEqual([
      ['anna', 'analyst'],
      ['boss', 'owner'],
    ]);
    const ws = await openWorkspace(db);
    try {
      expect(await checkPassword(ws, 'boss', password)).toMatchObject({ role: 'owner' });
      expect(await checkPassword(ws, 'anna', 'wrong')).toBeNull();
    } finally {
      await ws.close();
    }
  });

  it('fulcrum user password: API tokens and sessions are revoked on password reset', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'fulcrum-user-')), 'f.duckdb');
    const add = [
      'user',
      'add',
      '--db',
      db,
      '--login',
      'anna',
      '--role',
      'analyst',
      '--password',
      'old secret',
    ];
    expect((await runCli(add)).code).toBe(0);
    let ws = await openWorkspace(db);
    let token: string;
    let session: string;
    try {
      const anna = (await checkPassword(ws, 'anna', 'old secret'))!;
      token = createApiToken(ws, anna, 'crm').token;
      session = startSession(ws, anna).token;
    } finally {
      await ws.close();
    }
    const reset = await runCli(['user', 'password', '--db', db, '--login', 'anna', '--lang', 'en']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('1 API tokens were revoked');
    const password = /Password: (\S+)/.exec(reset.stdout)![1]!;
    ws = await openWorkspace(db);
    try {
      expect(userByApiToken(ws, token)).toBeNull();
      expect(resumeSession(ws, session)).toBeNull();
      expect(await checkPassword(ws, 'anna', 'old secret')).toBeNull();
      expect(await checkPassword(ws, 'anna', password)).toMatchObject({ login: 'anna' });
    } finally {
      await ws.close();
    }
    const unknown = await runCli(['user', 'password', '--db', db, '--login', 'nobody', '--lang', 'ru']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('нет пользователя «nobody»');
  });
});
