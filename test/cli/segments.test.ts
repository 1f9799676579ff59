import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { DATASETS } from '../helpers/datasets.ts';
import { runCli } from '../helpers/run-cli.ts';
import { FIXTURE_ORDERS } from '../services/segments-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-segments-'));
const fixtureDb = join(dir, 'fixture.duckdb');
const cdnowDb = join(dir, 'cdnow.duckdb');
const emptyDb = join(dir, 'empty.duckdb');

const STABLE =
  'customer_id,recency_days,frequency,monetary,r,f,m,score,segment,first_order,last_order,tenure_days,average_check,tactic';

const readCsv = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(name)!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  // The hand-checked fixture, with contact columns as import names them (Телефон → telefon),
  // a column that is not a contact, and c1's phone changing on its last order.
  const fx = await openDuckDb({ path: fixtureDb });
  await fx.driver.exec(
    `CREATE TABLE orders (order_id VARCHAR, customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2), ` +
      `telefon VARCHAR, email VARCHAR, nazvanie_sdelki VARCHAR)`,
  );
  for (const [i, [c, day, revenue]] of FIXTURE_ORDERS.entries()) {
    const last = i === 4;
    await fx.driver.query(`INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      `o${i + 1}`,
      c,
      `${day} 12:00:00`,
      revenue,
      c === 'c6' ? null : `+7 900 000-00-0${c.slice(1)}${last ? '9' : ''}`,
      c === 'c1' && !last ? `${c}@example.ru` : null,
      'deal',
    ]);
  }
  await fx.driver.close();
  const cd = await openDuckDb({ path: cdnowDb });
  await cd.driver.exec(
    `CREATE TABLE orders AS SELECT sampleid AS customer_id, strptime(date, '%Y%m%d') AS ts, ` +
      `CAST(sales AS DECIMAL(18,2)) AS revenue, '+7 495 ' || sampleid AS telefon ` +
      `FROM read_csv('${DATASETS}cdnow/cdnowElog_BTYD.csv', header = true, all_varchar = true)`,
  );
  await cd.driver.close();
  const empty = await openDuckDb({ path: emptyDb });
  await empty.driver.close();
});

describe('fulcrum segments', () => {
  it('prints the summary and the migration; the JSON cells add up to the customers', async () => {
    const args = ['segments', '--db', fixtureDb, '--from', '2024-06-30', '--to', '2024-12-31'];
    const json = await runCli([...args, '--json']);
    expect(json.stderr).toBe('');
    const res = JSON.parse(json.stdout) as {
      customers: number;
      segments: Array<{ segment: string; customers: number }>;
      migration: {
        rows: Array<{ from: string; customers: number[] }>;
        customers: number;
        newCustomers: number;
      };
    };
    expect(res.customers).toBe(6);
    expect(res.segments.reduce((s, x) => s + x.customers, 0)).toBe(6);
    expect(res.migration.rows.flatMap((r) => r.customers).reduce((s, x) => s + x, 0)).toBe(6);
    expect(res.migration.newCustomers).toBe(2);
    const ru = await runCli([...args, '--lang', 'ru']);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('Миграция 2024-06-30 → 2024-12-31');
    expect(ru.stdout).toContain('+ Новые после 2024-06-30');
    expect(ru.stdout).toMatch(/Чемпионы/);
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stdout).toMatch(/\d of 6 customers kept their segment; 2 are new since 2024-06-30/);
    expect(en.stdout).toContain('New since 2024-06-30');
  });

  it('exports the summary and the migration to XLSX and CSV and reads them back', async () => {
    const xlsx = join(dir, 'segments.xlsx');
    // --lang en: the stable ids (a Russian export has Russian headers, see test/server/exports.test.ts).
    const res = await runCli([
      'segments',
      '--db',
      fixtureDb,
      '--from',
      '2024-06-30',
      '--export',
      xlsx,
      '--lang',
      'en',
    ]);
    expect(res.code).toBe(0);
    const summary = await sheetRows(xlsx, 'segments');
    expect(summary[0]).toEqual([
      'segment',
      'name',
      'customers',
      'share',
      'orders',
      'revenue',
      'average_check',
      'average_recency_days',
      'tactic',
    ]);
    expect(summary).toHaveLength(12);
    expect(summary.slice(1).reduce((s, r) => s + Number(r[2]), 0)).toBe(6);
    const migration = await sheetRows(xlsx, 'migration');
    expect(migration[0]).toEqual(['from_segment', 'to_segment', 'customers', 'revenue']);
    expect(migration.slice(1).reduce((s, r) => s + Number(r[2]), 0)).toBe(6);
    expect(migration.slice(1).reduce((s, r) => s + Number(r[3]), 0)).toBe(150);

    const csv = join(dir, 'segments.csv');
    const out = await runCli([
      'segments',
      '--db',
      fixtureDb,
      '--from',
      '2024-06-30',
      '--export',
      csv,
      '--lang',
      'en',
    ]);
    expect(out.stdout).toContain(join(dir, 'segments.migration.csv'));
    expect(readCsv(csv)).toHaveLength(12);
    const moves = readCsv(join(dir, 'segments.migration.csv'));
    expect(moves[0]).toEqual(['from_segment', 'to_segment', 'customers', 'revenue']);
    expect(moves.filter((r) => r[0] === 'new-customers').reduce((s, r) => s + Number(r[2]), 0)).toBe(2);
  });

  it('names bad input in one line', async () => {
    const future = await runCli(['segments', '--db', fixtureDb, '--asof', '2099-01-01']);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('--asof 2099-01-01 — в будущем');
    const reversed = await runCli([
      'segments',
      '--db',
      fixtureDb,
      '--from',
      '2024-12-31',
      '--to',
      '2024-06-30',
    ]);
    expect(reversed.stderr).toContain('должна быть раньше второй даты');
    const empty = await runCli(['segments', '--db', emptyDb]);
    expect(empty.stderr).toContain('в хранилище ещё нет заказов');
    const txt = await runCli(['segments', '--db', fixtureDb, '--export', join(dir, 'x.txt'), '--lang', 'en']);
    expect(txt.stderr).toContain('--export must end in .csv or .xlsx');
  });
});

describe('fulcrum rfm lists for the CRM', () => {
  it('carries the contact columns, each customer’s latest value, after the stable columns', async () => {
    const file = join(dir, 'all.csv');
    const res = await runCli(['rfm', '--db', fixtureDb, '--export', file, '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('telefon, email');
    const [header, ...rows] = readCsv(file);
    expect(header!.join(',')).toBe(`${STABLE},telefon,email`);
    const c1 = rows.find((r) => r[0] === 'c1')!;
    // A phone starts with "+", which a spreadsheet reads as a formula: it is written as quoted
    // text after a quote (OWASP), so Excel shows "+7 900 000-00-019" as typed.
    expect(c1.slice(-2)).toEqual([`"'+7 900 000-00-019"`, 'c1@example.ru']);
    const c6 = rows.find((r) => r[0] === 'c6')!;
    expect(c6.slice(-2)).toEqual(['', '']);
  });

  it('exports "At risk" with P(alive) and CLV matching `fulcrum clv --customers`', async () => {
    const file = join(dir, 'at-risk.xlsx');
    const args = ['--db', cdnowDb, '--unit', 'week', '--horizon', '52', '--margin', '30%'];
    const res = await runCli([
      'rfm',
      ...args,
      '--segment',
      'At risk',
      '--clv',
      '--export',
      file,
      '--json',
      '--lang',
      'en',
    ]);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as {
      asOf: string;
      clv: { margin: number; bgnbd: { convergence: string } };
    };
    expect(out.clv).toMatchObject({ margin: 0.3, horizon: 52, calibrationEnd: out.asOf });
    expect(out.clv.bgnbd.convergence).toBe('converged');
    const rows = await sheetRows(file, 'customers');
    expect(rows[0]).toEqual([
      ...STABLE.split(','),
      'telefon',
      'p_alive',
      'expected_purchases',
      'expected_average_value',
      'clv',
      'p_alive_model',
    ]);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows.slice(1)) {
      expect(r[8]).toBe('At risk');
      expect(r[13]).toBe('Personal reactivation mailing, a strong offer');
      expect(r[14]).toBe(`+7 495 ${String(r[0])}`);
      expect(Number(r[15])).toBeGreaterThanOrEqual(0);
      expect(Number(r[15])).toBeLessThanOrEqual(1);
      expect(Number(r[18])).toBeGreaterThan(0);
      expect(r[19]).toBe('bgnbd');
    }
    const values = await runCli(['clv', '--customers', ...args, '--json']);
    const all = JSON.parse(values.stdout) as {
      customers: Array<{ customer_id: string; p_alive: number; clv: number }>;
    };
    const first = all.customers.find((c) => c.customer_id === String(rows[1]![0]))!;
    expect(first.p_alive).toBeCloseTo(Number(rows[1]![15]), 10);
    expect(first.clv).toBeCloseTo(Number(rows[1]![18]), 8);
  });

  it('takes P(alive) from the Pareto/NBD with --model, like `fulcrum clv --customers --model pareto-nbd`', async () => {
    const file = join(dir, 'at-risk-pnbd.csv');
    const args = ['--db', cdnowDb, '--unit', 'week', '--model', 'pareto-nbd'];
    const res = await runCli([
      'rfm',
      ...args,
      '--segment',
      'At risk',
      '--clv',
      '--export',
      file,
      '--lang',
      'en',
    ]);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('P(alive) and CLV: Pareto/NBD + Gamma-Gamma');
    const [header, ...rows] = readCsv(file);
    expect(header!.slice(-5)).toEqual([
      'p_alive',
      'expected_purchases',
      'expected_average_value',
      'clv',
      'p_alive_model',
    ]);
    expect(rows.every((r) => r.at(-1) === 'pareto-nbd')).toBe(true);
    const all = JSON.parse((await runCli(['clv', '--customers', ...args, '--json'])).stdout) as {
      model: string;
      customers: Array<{ customer_id: string; p_alive: number; expected_purchases: number }>;
    };
    expect(all.model).toBe('pareto-nbd');
    const first = all.customers.find((c) => c.customer_id === rows[0]![0])!;
    expect(first.p_alive).toBeCloseTo(Number(rows[0]!.at(-5)), 10);
    expect(first.expected_purchases).toBeCloseTo(Number(rows[0]!.at(-4)), 10);
  });

  it('checks the chosen model on a holdout: `fulcrum clv --holdout`', async () => {
    const res = await runCli([
      'clv',
      '--db',
      cdnowDb,
      '--model',
      'pareto-nbd',
      '--calibration-end',
      '1997-09-30',
      '--holdout',
      '1998-06-30',
      '--lang',
      'en',
    ]);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain(
      'Pareto/NBD checked on a holdout: fitted on 2,357 customers up to 1997-09-30',
    );
    // The 7+ group: 64 customers, 407 actual repeat purchases (BTYD's table), 6.40 predicted each.
    expect(res.stdout).toMatch(/^7\+\s+64\s+407\s+409\.\d\s+6\.36\s+6\.4\s*$/m);
    expect(res.stdout).toMatch(/Over the holdout: actual 1,882, predicted 1,665\.\d \(-11\.5%\)/);
    const bad = await runCli(['clv', '--db', cdnowDb, '--model', 'gg', '--holdout', '--lang', 'ru']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('неизвестная модель покупок «gg»: используйте bgnbd или pareto-nbd');
  });

  it('rejects a margin above 1 before fitting anything', async () => {
    const res = await runCli(['rfm', '--db', cdnowDb, '--clv', '--margin', '2']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--margin — доля от 0 до 1');
  });
});

describe('fulcrum clv --customers', () => {
  it('exports every customer; CLV scales with the margin', async () => {
    const file = join(dir, 'clv.csv');
    const base = ['clv', '--customers', '--db', cdnowDb, '--calibration-end', '1997-09-30', '--unit', 'week'];
    // --lang en: the stable ids and `,` `.` (the Russian dialect is tested in test/server/exports.test.ts).
    const res = await runCli([...base, '--export', file, '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Top 10 customers by CLV');
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual([
      'customer_id',
      'x',
      't_x',
      'T',
      'p_alive',
      'expected_purchases',
      'expected_average_value',
      'clv',
    ]);
    expect(rows).toHaveLength(2357);
    expect(rows.every((r) => Number(r[4]) > 0 && Number(r[4]) <= 1)).toBe(true);
    // One-off buyers are certainly alive under BG/NBD (no repeat purchase to die after).
    expect(rows.filter((r) => r[1] === '0').every((r) => Number(r[4]) === 1)).toBe(true);
    const margin = JSON.parse((await runCli([...base, '--margin', '0,3', '--json'])).stdout) as {
      customers: Array<{ clv: number }>;
    };
    // Parallel sums in the engine may move the fitted parameters in the 8th digit between runs;
    // both CLVs are in whole kopecks, so they may also differ by the two roundings (0.5 + 0.3 × 0.5).
    rows.forEach((r, i) => {
      const expected = 0.3 * Number(r[7]);
      const clv = margin.customers[i]!.clv;
      expect(Math.abs(clv * 100 - Math.round(clv * 100))).toBeLessThan(1e-6);
      expect(Math.abs(clv - expected)).toBeLessThan(0.0065 + 1e-6 * Math.max(1, expected));
    });
  });
});
