import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPassword, openWorkspace } from '../../src/services/index.ts';
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
});
