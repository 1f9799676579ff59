import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { TABLE_NAMES } from '../../src/ingest/index.ts';
import { importInto, openWorkspace } from '../../src/services/index.ts';
import type { ChannelsResult, CohortsResult, FunnelResult } from '../../src/services/index.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cohorts-cli-'));
const db = join(dir, 'fulcrum.duckdb');
let customers = 0;

// The sample company imported into a warehouse file, as `fulcrum generate` + `fulcrum import` do.
beforeAll(async () => {
  await generateCompany({ outDir: dir, orders: 20_000, seed: 11 });
  const ws = await openWorkspace(db);
  try {
    for (const table of TABLE_NAMES) {
      const res = await importInto(ws, { file: join(dir, `${table}.csv`), table });
      if (res.status !== 'imported') throw new Error(`sample ${table}: ${res.status}`);
    }
    const [row] = await ws.engine.driver.query('SELECT count(DISTINCT customer_id) AS n FROM orders');
    customers = Number(row!.n);
  } finally {
    await ws.close();
  }
});

async function json<T>(args: string[]): Promise<T> {
  const res = await runCli([...args, '--db', db, '--json']);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return JSON.parse(res.stdout) as T;
}

describe('fulcrum cohorts on the sample company', () => {
  it('puts every customer in one cohort, with retention 100% in M0 and a rising LTV curve', async () => {
    const res = await json<CohortsResult>(['cohorts']);
    expect(res.cohorts.reduce((s, c) => s + c.customers, 0)).toBe(customers);
    expect(res.total.customers).toBe(customers);
    for (const c of res.cohorts) {
      expect(c.months[0]!.retention).toBe(1);
      expect(c.months.length).toBeLessThanOrEqual(12);
      const ltv = c.months.map((m) => m.cumulativeRevenuePerCustomer!);
      expect(ltv).toEqual([...ltv].sort((a, b) => a - b));
      expect(c.months.every((m) => m.cumulativeMarginPerCustomer! < m.cumulativeRevenuePerCustomer!)).toBe(
        true,
      );
    }
    // The last cohort has only its first month observed.
    expect(res.cohorts.at(-1)!.months).toHaveLength(1);
  });

  it('groups by first channel, prints Russian tables and exports one line per cohort and month', async () => {
    const file = join(dir, 'cohorts.xlsx');
    const res = await runCli(['cohorts', '--db', db, '--by', 'channel', '--lang', 'ru', '--export', file]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Когорты привлечения по значению channel первой покупки');
    expect(res.stdout).toContain('Все когорты');
    expect(res.stdout).toMatch(/offline\s+[\d\s]+\s+100\s%/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    // A Russian export: Russian sheet and headers (issue 13, §4); `--lang en` keeps the ids.
    const sheet = book.getWorksheet('Когорты')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Когорта',
      'Месяц с привлечения',
      'Клиенты',
      'Активные клиенты',
      'Удержание',
      'Заказы',
      'Выручка',
      'Выручка на клиента',
      'Накопленная выручка на клиента',
      'Маржа на клиента',
      'Накопленная маржа на клиента',
    ]);
    expect(sheet.rowCount).toBe(1 + 7 * 12 + 12); // seven channels and the pooled curve (cohort *)
  });
});

describe('fulcrum channels on the sample company', () => {
  it('computes unit economics with "no data" for channels without spend', async () => {
    const res = await json<ChannelsResult>(['channels']);
    expect(res.period).toMatch(/^\d{4}-\d{2}\.\.\d{4}-\d{2}$/);
    expect(res.missing).toEqual([]);
    const by = new Map(res.channels.map((c) => [c.channel, c]));
    // The sample pays for context, social, marketplace and email; seo, offline and referral are free of spend rows.
    for (const paid of ['context', 'social', 'marketplace', 'email']) {
      const c = by.get(paid)!;
      expect(c.cac).toBeCloseTo(c.spend! / c.newClients!, 6);
      expect(c.mre).toBeCloseTo(c.spend! / c.revenue!, 9);
      expect(c.ctr).toBeCloseTo(c.clicks! / c.impressions!, 9);
      expect(c.romiMargin).toBeCloseTo(c.ltvMargin! / c.carc!, 9);
      expect(c.ltvMargin!).toBeLessThan(c.ltvRevenue!);
    }
    for (const free of ['seo', 'offline', 'referral']) {
      const c = by.get(free)!;
      expect([c.spend, c.cac, c.carc, c.romiRevenue, c.mre, c.ctr, c.cpa]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(c.ltvRevenue).toBeGreaterThan(0);
    }
    expect(res.channels.reduce((s, c) => s + (c.newClients ?? 0), 0)).toBe(res.total.newClients);
    expect(res.total.spend).toBeCloseTo(
      res.channels.reduce((s, c) => s + (c.spend ?? 0), 0),
      2,
    );
    expect(res.metrics.find((m) => m.id === 'romiRevenue')!.direction).toBe('higher');
  });

  it('prints three tables with directions and writes a CSV with stable columns', async () => {
    const file = join(dir, 'channels.csv');
    const res = await runCli([
      'channels',
      '--db',
      db,
      '--lang',
      'en',
      '--export',
      file,
      '--other-costs',
      '100 000',
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('CAC ↓');
    expect(res.stdout).toContain('LTV, margin ↑');
    expect(res.stdout).toMatch(/seo\s+no data/);
    expect(res.stdout).toMatch(/CARC includes RUB\s100,000\.00 of other marketing costs/);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'level,channel,spend,other_costs,impressions,clicks,leads,buyers,new_clients,orders,revenue,conversion,cac,carc,ltv_revenue,ltv_margin,romi_revenue,romi_margin,mre,payback_month,ctr,cpc,cr,cpa',
    );
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines.at(-1)!.startsWith('total,,')).toBe(true);
  });

  it('says "no data" for every spend metric when the warehouse has no spend table', async () => {
    const bare = join(dir, 'bare.duckdb');
    const engine = await openDuckDb({ path: bare });
    await engine.driver.exec(
      `ATTACH '${db}' AS s (READ_ONLY); CREATE TABLE orders AS SELECT * FROM s.orders; DETACH s`,
    );
    await engine.driver.close();
    const res = await runCli(['channels', '--db', bare, '--json']);
    const out = JSON.parse(res.stdout) as ChannelsResult;
    expect(out.missing).toEqual(['spend', 'leads']);
    for (const c of [...out.channels, out.total])
      expect([c.spend, c.leads, c.cac, c.carc, c.romiMargin, c.mre, c.paybackMonth, c.ctr]).toEqual(
        Array(8).fill(null),
      );
    const text = await runCli(['channels', '--db', bare, '--lang', 'en']);
    expect(text.stdout).toContain('Not in the data: spend, leads');
  });
});

describe('fulcrum funnel on the sample company', () => {
  it('follows every customer through three purchases with shares that add up', async () => {
    const res = await json<FunnelResult>(['funnel']);
    expect(res.dim).toBe('category');
    expect(res.customers).toBe(customers);
    const [first, second, third] = res.purchases;
    expect(first!.values.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1, 12);
    expect(second!.customers).toBeLessThan(first!.customers);
    expect(third!.customers).toBeLessThan(second!.customers);
    // From each first category, the moves (including "no next purchase") cover everyone.
    for (const v of first!.values) {
      const moves = res.transitions.filter((t) => t.step === 1 && t.from === v.value);
      expect(moves.reduce((s, t) => s + t.customers, 0)).toBe(v.customers);
      const again = moves.filter((t) => !t.stopped).reduce((s, t) => s + t.customers, 0);
      expect(again).toBe(v.continued);
    }
    expect(res.transitions.filter((t) => !t.stopped).reduce((s, t) => s + t.customers, 0)).toBe(
      second!.customers + third!.customers,
    );
  });

  it('prints the steps and exports two sheets', async () => {
    const file = join(dir, 'funnel.xlsx');
    const res = await runCli(['funnel', '--db', db, '--lang', 'en', '--steps', '2', '--export', file]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Purchase 1 → 2: the most frequent moves');
    expect(res.stdout).not.toContain('Purchase 3');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['steps', 'transitions']);
  });

  it('explains a dimension the orders lack in one line', async () => {
    const res = await runCli(['funnel', '--db', db, '--dim', 'product', '--lang', 'ru']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(
      /в заказах нет столбца «product» для --dim: есть category, channel, manager, region, store/,
    );
  });
});
