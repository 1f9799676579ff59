import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'fulcrum-compiled-'));
// Inside the checkout, so the build finds node_modules as dist/cli does (test/artifacts is ignored).
const out = join(ROOT, 'test', 'artifacts', `cli-${process.pid}`);
const db = join(dir, 'w.duckdb');

/**
 * The inputs (source files and packages) of every chunk a command's module loads before its
 * action runs: its own chunk and the chunks it imports statically, from the build's meta.json.
 */
function loadedBy(command: string): string[] {
  interface Output {
    entryPoint?: string;
    imports: { path: string; kind: string; external?: boolean }[];
    inputs: Record<string, unknown>;
  }
  const { outputs } = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as {
    outputs: Record<string, Output>;
  };
  // A command's module sits in its domain's folder (commands/formula/levers.ts) or at the top.
  const own = new RegExp(`^src/cli/commands/([a-z]+/)?${command}\\.ts$`);
  const entry = Object.keys(outputs).find((k) => own.test(outputs[k]!.entryPoint ?? ''));
  expect(entry, command).toBeDefined();
  const seen = new Set<string>();
  const next = [entry!];
  for (let chunk = next.pop(); chunk !== undefined; chunk = next.pop()) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const i of outputs[chunk]!.imports)
      if (i.kind === 'import-statement' && !i.external) next.push(i.path);
  }
  return [...seen].flatMap((chunk) => Object.keys(outputs[chunk]!.inputs));
}

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

  it('the read commands load no zod, importer, sample generator, KPI code, progress bar or server', () => {
    // Each named here was loaded by `fulcrum formula` before (1.75 MB of chunks, 0.60 MB now):
    // one name imported from a barrel made a command reach every module the barrel names.
    const unused = [
      '/zod/',
      'src/generate/',
      'src/ingest/import-file.ts',
      'src/core/kpi/',
      '/cli-progress/',
      '/emoji-regex/',
      'src/server/',
    ];
    for (const command of ['formula', 'levers', 'constraint', 'report', 'whatif', 'journey']) {
      const inputs = loadedBy(command);
      // The one thing every read command does need: the engine.
      expect(
        inputs.some((i) => i.includes('@duckdb/node-api')),
        command,
      ).toBe(true);
      for (const heavy of unused)
        expect(
          inputs.filter((i) => i.includes(heavy)),
          `${command}: ${heavy}`,
        ).toEqual([]);
    }
  });

  it('the compiled CLI reads a YAML --model file (zod and yaml loaded on first use) as the sources do', async () => {
    const model = join(ROOT, 'docs', 'examples', 'lcpq-with-discount.yaml');
    const args = ['formula', '--model', model, '--period', '2025-11..2026-10', '--db', db, '--json'];
    const fromBuild = compiled(args);
    expect(fromBuild.code, fromBuild.stderr).toBe(0);
    expect(JSON.parse(fromBuild.stdout)).toEqual(JSON.parse((await runCli(args)).stdout));
    // A name that is neither a preset nor a file: the same bilingual error as from the sources.
    const bad = ['formula', '--model', 'nosuch', '--db', db, '--lang', 'ru'];
    const fromBuildBad = compiled(bad);
    expect(fromBuildBad.code).toBe(1);
    expect(fromBuildBad.stderr).toContain('неизвестная модель «nosuch»');
    expect(fromBuildBad.stderr).toBe((await runCli(bad)).stderr);
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
