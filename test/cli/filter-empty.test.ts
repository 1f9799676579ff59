import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-empty-'));
const db = join(dir, 'w.duckdb');

// Issue 13 §5: a filter that matches nothing says so in the terminal too, not a tree of dashes.
describe('a filter that matches nothing says so in the CLI', () => {
  beforeAll(async () => {
    expect((await runCli(['generate', '--out', dir, '--orders', '2000', '--seed', '3', '--json'])).code).toBe(
      0,
    );
    const imp = await runCli(['import', join(dir, 'orders.csv'), '--table', 'orders', '--db', db, '--json']);
    expect(imp.code, imp.stderr).toBe(0);
  }, 120_000);

  it('formula --filter with a value the data lack prints the notice in the chosen language', async () => {
    const ru = await runCli(['formula', '--filter', 'store=Нигде', '--db', db, '--lang', 'ru']);
    expect(ru.code, ru.stderr).toBe(0);
    expect(ru.stdout).toMatch(/Фильтр Магазин = «Нигде» не находит ни одной строки ни за какой период/);
    expect(ru.stdout).not.toMatch(/—/);
    const en = await runCli(['levers', '--filter', 'store=Nowhere', '--db', db, '--lang', 'en', '--json']);
    expect(en.code, en.stderr).toBe(0);
    expect((JSON.parse(en.stdout) as { empty: { en: string } }).empty.en).toMatch(
      /Filter Store = "Nowhere" matches no rows in any period/,
    );
  }, 120_000);
});
