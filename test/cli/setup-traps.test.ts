import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import {
  checkPassword,
  ensureSample,
  openWorkspace,
  SAMPLE_DB,
  SAMPLE_DIR,
} from '../../src/services/index.ts';
import { runCli } from '../helpers/run-cli.ts';

/**
 * Issue 13 §3, set-up traps: `--sample` on every analysis command, a folder with no warehouse,
 * `fulcrum user passwd`. Commands run in-process from a temp folder (the sample company and the
 * default warehouse are paths relative to where the user stands).
 */

const home = process.cwd();
afterAll(() => process.chdir(home));

/** Each analysis command that reads a warehouse, with the arguments it needs. */
const ANALYSIS: string[][] = [
  ['formula'],
  ['formula', '--by', 'channel'],
  ['levers'],
  ['constraint', '--by', 'channel'],
  ['whatif'],
  ['report'],
  ['rfm'],
  ['segments'],
  ['clv', '--model', 'bgnbd'],
  ['cohorts'],
  ['channels'],
  ['funnel'],
  ['kpi', 'facts'],
  ['imports'],
];

/** A command's JSON without how long it took (the CLV fit reports its seconds). */
const untimed = (json: string): unknown =>
  JSON.parse(json, (key, value: unknown) => (/seconds$/i.test(key) ? undefined : value));

describe('--sample works on every analysis command', () => {
  let sampleDb = '';
  beforeAll(async () => {
    process.chdir(mkdtempSync(join(tmpdir(), 'fulcrum-sample-')));
    sampleDb = SAMPLE_DB;
    // A small sample company built by the same opener the CLI uses; the CLI then finds it ready.
    const ws = await openWorkspace(SAMPLE_DB);
    try {
      await ensureSample(ws, SAMPLE_DIR, {}, 4000);
    } finally {
      await ws.close();
    }
  }, 120_000);

  it.each(ANALYSIS.map((args) => [args.join(' '), args]))(
    '%s --sample answers from the sample company, as with --db naming it',
    async (_name, args) => {
      const viaSample = await runCli([...args, '--sample', '--json']);
      expect([viaSample.code, viaSample.stderr]).toEqual([0, '']);
      const viaDb = await runCli([...args, '--db', sampleDb, '--json']);
      expect(viaDb.code).toBe(0);
      // Same warehouse, same answer; and a real one (not an empty warehouse's).
      expect(untimed(viaSample.stdout)).toEqual(untimed(viaDb.stdout));
      expect(viaSample.stdout.length).toBeGreaterThan(50);
      // Nothing was created where the user stands.
      expect(existsSync('fulcrum.duckdb')).toBe(false);
    },
    60_000,
  );

  it('--sample on a sample already built does not say it is generating or importing it again', async () => {
    await runCli(['formula', '--sample', '--lang', 'en']);
    const r = await runCli(['formula', '--sample', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Revenue');
    expect(r.stdout + r.stderr).not.toMatch(/Generating the sample|Importing /);
  });

  it('--sample with another --db is refused, naming both', async () => {
    const r = await runCli(['formula', '--sample', '--db', 'other.duckdb', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--sample and --db name two warehouses');
  });
});

describe('a command without --db on a folder with no warehouse says so', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-empty-'));
    process.chdir(dir);
  });

  it.each([
    ['en', 'there is no warehouse in this folder'],
    ['ru', 'в этой папке нет хранилища'],
  ])('in %s, and creates no empty warehouse', async (lang, text) => {
    for (const args of [['formula'], ['levers'], ['rfm'], ['imports'], ['kpi', 'facts']]) {
      const r = await runCli([...args, '--lang', lang]);
      expect([args, r.code]).toEqual([args, 1]);
      expect(r.stderr).toContain(text);
      expect(r.stderr).toContain(join(dir, 'fulcrum.duckdb'));
      expect(r.stderr).toContain('fulcrum import');
      expect(r.stderr).toContain('--sample');
    }
    expect(existsSync('fulcrum.duckdb')).toBe(false);
    expect(existsSync('fulcrum.sqlite')).toBe(false);
  });

  it('import still creates the warehouse there, and then commands answer', async () => {
    await generateCompany({ outDir: join(dir, 'data'), orders: 2000, seed: 5 });
    const imp = await runCli(['import', join(dir, 'data', 'orders.csv'), '--table', 'orders']);
    expect(imp.code).toBe(0);
    expect(existsSync('fulcrum.duckdb')).toBe(true);
    const f = await runCli(['formula', '--json']);
    expect(f.code).toBe(0);
    expect((JSON.parse(f.stdout) as { revenue: number }).revenue).toBeGreaterThan(0);
  }, 60_000);
});

describe('fulcrum user passwd LOGIN', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'fulcrum-passwd-')), 'f.duckdb');

  it('generates and prints a password when none is given, and it signs in', async () => {
    const add = [
      'user',
      'add',
      '--db',
      db,
      '--login',
      'anna',
      '--role',
      'owner',
      '--password',
      'first secret',
    ];
    expect((await runCli(add)).code).toBe(0);
    const r = await runCli(['user', 'passwd', 'anna', '--db', db, '--lang', 'en']);
    expect(r.code).toBe(0);
    const printed = /Password: (\S+) \(shown once\)/.exec(r.stdout);
    expect(printed).not.toBeNull();
    const ws = await openWorkspace(db);
    try {
      expect(await checkPassword(ws, 'anna', printed![1]!)).toMatchObject({ login: 'anna' });
      expect(await checkPassword(ws, 'anna', 'first secret')).toBeNull();
    } finally {
      await ws.close();
    }
  });

  it('names the account to change when none is given, in the user language', async () => {
    const r = await runCli(['user', 'passwd', '--db', db, '--lang', 'ru']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fulcrum user passwd ЛОГИН');
  });
});

describe('sample names follow the language the CLI speaks', () => {
  const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
  beforeAll(() => {
    process.chdir(mkdtempSync(join(tmpdir(), 'fulcrum-sample-ru-')));
    // No locale at all (a container's C.UTF-8): the interface is Russian, so are the names.
    process.env.LC_ALL = 'C.UTF-8';
    delete process.env.LC_MESSAGES;
    delete process.env.LANG;
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('--sample with no locale set generates store names in Russian, as the interface speaks', async () => {
    const r = await runCli(['formula', '--sample', '--by', 'store', '--json']);
    expect(r.code).toBe(0);
    const keys = (JSON.parse(r.stdout) as { segments: Array<{ key: string }> }).segments.map((s) => s.key);
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.filter((k) => /[а-яё]/i.test(k)).length).toBe(keys.filter((k) => k !== '').length);
  }, 120_000);
});
