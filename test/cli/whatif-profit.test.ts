import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-whatif-'));
const db = join(dir, 'w.duckdb');
// The issue's own command line: the sample's levers, typed in.
const ISSUE = 'L=60709,C=0.3553,Pu=1889.44,D=3.0276,Q=1.8247,M=0.4238';
const product = 60709 * 0.3553 * 1889.44 * 3.0276 * 1.8247 * 0.4238;

describe('what-if gives no profit (issue 13 §1), fulcrum whatif', () => {
  beforeAll(async () => {
    const gen = await runCli(['generate', '--out', dir, '--orders', '8000', '--seed', '7', '--json']);
    expect(gen.code).toBe(0);
    for (const table of ['orders', 'leads', 'spend', 'costs']) {
      const r = await runCli(['import', join(dir, `${table}.csv`), '--table', table, '--db', db, '--json']);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 120_000);

  it('what-if gives profit from lever values with spend and fixed costs from the data period (--db)', async () => {
    const f = await runCli(['formula', '--model', 'profit', '--db', db, '--json']);
    const nodes = (JSON.parse(f.stdout) as { nodes: Record<string, number> }).nodes;
    const costs = nodes['spend']! + nodes['sga']! + nodes['other']!;
    expect(costs).toBeGreaterThan(0);
    const r = await runCli(['whatif', '--model', 'profit', '--values', ISSUE, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { profit: number; costs: Array<{ source: string }> };
    expect(res.profit).toBeCloseTo(product - costs, 4);
    expect(res.costs.map((c) => c.source)).toEqual(['data', 'data', 'data']);
    // The issue's goal seek now answers, and the text says where the costs came from.
    const g = await runCli([
      'whatif',
      '--model',
      'profit',
      '--values',
      ISSUE,
      '--target',
      'profit=50000000',
      '--db',
      db,
      '--lang',
      'ru',
    ]);
    expect(g.code, g.stderr).toBe(0);
    expect(g.stdout).toMatch(
      /Незаданные расходы взяты из данных за \d{4}-\d{2}\.\.\d{4}-\d{2}: Маркетинговые расходы \(spend\)/,
    );
    expect(g.stdout).toMatch(/Чтобы получить 50\s000\s000,00\s₽/u);
  });

  it('what-if gives profit from lever values with spend and fixed costs typed in, no warehouse', async () => {
    const none = join(dir, 'absent.duckdb');
    const r = await runCli([
      'whatif',
      '--model',
      'profit',
      '--values',
      `${ISSUE},spend=12000000,sga=40000000,other=2000000`,
      '--target',
      'profit=50000000',
      '--db',
      none,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { profit: number; goal: { value: number; factor: number } };
    expect(res.profit).toBeCloseTo(product - 54_000_000, 4);
    // product·k⁶ − 54 000 000 = 50 000 000
    expect(res.goal.factor).toBeCloseTo((104_000_000 / product) ** (1 / 6), 10);
    expect(existsSync(none)).toBe(false);
  });

  /** The issue's profit goal seek on a warehouse that does not exist, in `lang`. */
  const profitGoal = (db: string, lang: string) =>
    runCli([
      'whatif',
      '--model',
      'profit',
      '--values',
      ISSUE,
      '--target',
      'profit=50000000',
      '--db',
      db,
      '--lang',
      lang,
    ]);

  it('with no data and no costs, profit is asked for by name in both languages, never "has no data"', async () => {
    const none = join(dir, 'absent.duckdb');
    const show = await runCli([
      'whatif',
      '--model',
      'profit',
      '--values',
      ISSUE,
      '--db',
      none,
      '--lang',
      'ru',
    ]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Прибыль не посчитана: задайте Маркетинговые расходы (spend)');
    const en = await profitGoal(none, 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      'Error: profit needs Marketing spend (spend), SG&A (sga), Other costs (other): there is no data to take them from, so give them with the lever values: spend=N,sga=N,other=N\n',
    );
    const ru = await profitGoal(none, 'ru');
    expect(ru.stderr).toMatch(
      /^Ошибка: для прибыли нужны Маркетинговые расходы \(spend\).*spend=ЧИСЛО,sga=ЧИСЛО,other=ЧИСЛО\n$/,
    );
    expect(existsSync(none)).toBe(false);
  });
});
