import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';
import { COMMAND_GROUPS } from '../../src/cli/manifest.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the CLI from its TypeScript sources in a fresh node and lists the modules it resolved. */
function importsOf(args: string[]): { stdout: string; modules: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), 'fulcrum-imports-')), 'imports.log');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/helpers/record-imports.mjs', 'src/cli/main.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FULCRUM_IMPORT_LOG: log } },
  );
  expect(r.status, r.stderr).toBe(0);
  const modules = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  rmSync(log, { force: true });
  return { stdout: r.stdout, modules };
}

const HEAVY = ['@duckdb/node-api', 'better-sqlite3', 'exceljs', '/src/server/', '/src/services/', 'zod'];
const loaded = (modules: string[], what: string): boolean => modules.some((m) => m.includes(what));

describe('CLI speed: commands load lazily (issue 13)', () => {
  it('fulcrum --help lists every command as its own module describes it, without loading the modules', async () => {
    // The full program (every module loaded) and the listed-only one print the same help, so the
    // manifest's names, descriptions and option terms match the command files.
    const full = (await buildProgram()).helpInformation();
    const listed = (await buildProgram(['--help'])).helpInformation();
    expect(listed).toBe(full);
    const names = (await buildProgram()).commands.map((c) => c.name());
    expect(COMMAND_GROUPS.flatMap((g) => g.commands.map((c) => c.name))).toEqual(names);
  });

  it('fulcrum --help does not import DuckDB, SQLite, exceljs, zod, the services or the server', () => {
    const help = importsOf(['--help']);
    expect(help.stdout).toContain('formula [options]');
    expect(help.stdout).toContain('import [options] <file>');
    for (const heavy of HEAVY) expect(loaded(help.modules, heavy), heavy).toBe(false);
  });

  it('fulcrum formula --help shows the options of formula alone and loads only what formula needs', () => {
    const help = importsOf(['formula', '--help']);
    expect(help.stdout).toContain('--by <dims>');
    // The command that runs brings its engine; other commands' modules stay unloaded.
    expect(loaded(help.modules, '@duckdb/node-api')).toBe(true);
    expect(loaded(help.modules, '/src/cli/commands/formula/formula.ts')).toBe(true);
    for (const other of ['/src/cli/commands/serve.ts', '/src/cli/commands/kpi/kpi.ts', '/src/server/'])
      expect(loaded(help.modules, other), other).toBe(false);
  });

  it('fulcrum help <command> loads that command and prints its options', async () => {
    const program = await buildProgram(['help', 'clv']);
    const clv = program.commands.find((c) => c.name() === 'clv');
    expect(clv?.options.map((o) => o.long)).toContain('--model');
    const formula = program.commands.find((c) => c.name() === 'formula');
    expect(formula?.options).toEqual([]);
  });
});
