import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'fulcrum-compiled-'));
// Inside the checkout, so the build finds node_modules as dist/cli does (test/artifacts is ignored).
const out = join(ROOT, 'test', 'artifacts', `cli-${process.pid}`);
const db = join(dir, 'w.duckdb');

/** Runs the compiled CLI (the build in `out`) in a fresh node, as bin/fulcrum.mjs does. */
function compiled(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run =
    'const { main } = await import(process.argv[1]); process.exitCode = await main(process.argv.slice(2));';
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', run, join(out, 'main.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI speed: the compiled CLI (issue 13)', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the compiled CLI generates, imports and answers formula exactly as the TypeScript sources do', async () => {
    const gen = compiled(['generate', '--out', dir, '--orders', '3000', '--seed', '3', '--json']);
    expect(gen.code, gen.stderr).toBe(0);
    // Import reads the CSV through the encoding guess (jschardet, iconv-lite: loaded on first use).
    for (const table of ['orders', 'leads', 'spend', 'costs']) {
      const r = compiled(['import', join(dir, `${table}.csv`), '--table', table, '--db', db, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).status).toBe('imported');
    }
    const args = ['formula', '--period', '2025-11..2026-10', '--by', 'channel', '--db', db, '--json'];
    const fromBuild = compiled(args);
    expect(fromBuild.code, fromBuild.stderr).toBe(0);
    const fromSources = await runCli(args);
    expect(fromSources.code).toBe(0);
    expect(JSON.parse(fromBuild.stdout)).toEqual(JSON.parse(fromSources.stdout));
    expect(JSON.parse(fromBuild.stdout).segments.length).toBeGreaterThan(1);
  });

  it('the compiled CLI writes XLSX through exceljs loaded on first use', () => {
    const file = join(dir, 'rfm.xlsx');
    const r = compiled(['rfm', '--export', file, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    // An XLSX is a zip: it starts with "PK".
    expect(spawnSync('head', ['-c', '2', file], { encoding: 'utf8' }).stdout).toBe('PK');
  });

  it('the compiled CLI prints help and reports a bad option the way the sources do', async () => {
    const help = compiled(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli(['--help'])).stdout);
    const bad = compiled(['formula', '--period', 'soon', '--db', db]);
    const expected = await runCli(['formula', '--period', 'soon', '--db', db]);
    expect(bad.code).toBe(expected.code);
    expect(bad.stderr).toBe(expected.stderr);
    expect(bad.stderr.length).toBeGreaterThan(0);
  });
});
