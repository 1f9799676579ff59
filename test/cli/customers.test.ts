import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { DATASETS } from '../core/clv/cdnow.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-customers-'));
const cdnowDb = join(dir, 'cdnow.duckdb');
const rfmDb = join(dir, 'rfm.duckdb');

// Warehouses holding only an `orders` table, built straight from the published files.
async function warehouse(path: string, select: string): Promise<void> {
  const engine = await openDuckDb({ path });
  await engine.driver.exec(`CREATE TABLE orders AS ${select}`);
  await engine.driver.close();
}

beforeAll(async () => {
  await warehouse(
    cdnowDb,
    `SELECT sampleid AS customer_id, strptime(date, '%Y%m%d') AS ts, CAST(sales AS DECIMAL(18,2)) AS revenue ` +
      `FROM read_csv('${DATASETS}cdnow/cdnowElog_BTYD.csv', header = true, all_varchar = true)`,
  );
  await warehouse(
    rfmDb,
    `SELECT customer_id, CAST(order_date AS TIMESTAMP) AS ts, CAST(revenue AS DECIMAL(18,2)) AS revenue ` +
      `FROM read_csv('${DATASETS}rfm/rfm_data_orders.csv', header = true)`,
  );
});

describe('fulcrum clv', () => {
  it('prints BG/NBD parameters under their usual names with the log-likelihood', async () => {
    const args = [
      'clv',
      '--db',
      cdnowDb,
      '--model',
      'bgnbd',
      '--calibration-end',
      '1997-09-30',
      '--unit',
      'week',
    ];
    const res = await runCli([...args, '--json']);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as Record<string, number | string>;
    expect([out.r, out.alpha, out.a, out.b].map((v) => Number(Number(v).toPrecision(4)))).toEqual([
      0.2426, 4.414, 0.7929, 2.426,
    ]);
    expect(out.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(out.convergence).toBe('converged');
  });

  it('fits straight from an orders file with --orders, importing nothing', async () => {
    // The CDNOW elog as a CRM export: Russian headers, `;`, decimal commas.
    const [, ...lines] = readFileSync(`${DATASETS}cdnow/cdnowElog_BTYD.csv`, 'utf8').trim().split('\n');
    const file = join(dir, 'заказы.csv');
    writeFileSync(
      file,
      [
        'Клиент;Дата заказа;Сумма',
        ...lines.map((l) => {
          const [, id, date, , sales] = l.split(',');
          return `${id};${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)};${sales!.replace('.', ',')}`;
        }),
      ].join('\n'),
    );
    const db = join(dir, 'untouched.duckdb');
    const args = ['clv', '--orders', file, '--db', db, '--calibration-end', '1997-09-30'];
    const res = await runCli([...args, '--json']);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as Record<string, number | string>;
    expect(out.readPath).toBe('in-place');
    expect([out.r, out.alpha, out.a, out.b].map((v) => Number(Number(v).toPrecision(4)))).toEqual([
      0.2426, 4.414, 0.7929, 2.426,
    ]);
    expect(existsSync(db)).toBe(false);
    const text = await runCli([...args, '--lang', 'ru']);
    expect(text.stdout).toMatch(/прочитан на месте, в хранилище ничего не загружено/);
    // Words and numbers in Russian: the unit, the convergence, decimal commas, grouped thousands.
    expect(text.stdout).toMatch(/\(единица — неделя\): сошлась за \d+(,\d+)? с/);
    expect(text.stdout).toMatch(/Логарифм правдоподобия: -9\s582,\d+/u);
    const refused = await runCli(['clv', '--orders', file, '--model', 'pareto-nbd', '--lang', 'en']);
    expect(refused.stderr).toMatch(/--orders fits bgnbd or gg from a file/);
  });

  it('fits Gamma-Gamma', async () => {
    const res = await runCli([
      'clv',
      '--db',
      cdnowDb,
      '--model',
      'gg',
      '--calibration-end',
      '1997-09-30',
      '--json',
    ]);
    const out = JSON.parse(res.stdout) as Record<string, number>;
    expect([out.p, out.q, out.gamma].map((v) => Number(v!.toPrecision(4)))).toEqual([6.25, 3.744, 15.44]);
  });

  it('fits the Pareto/NBD', async () => {
    const args = ['clv', '--db', cdnowDb, '--model', 'pareto-nbd', '--calibration-end', '1997-09-30'];
    const res = await runCli([...args, '--json']);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as Record<string, number | string>;
    expect(out.model).toBe('pareto-nbd');
    expect(out.convergence).toBe('converged');
    // The published r 0.55, α 10.58, s 0.61, β 11.67, LL −9595 (test/core/clv/pareto-nbd.test.ts).
    expect([out.r, out.alpha, out.s].map((v) => Number(Number(v).toPrecision(3)))).toEqual([
      0.553, 10.6, 0.606,
    ]);
    expect(Math.abs(Number(out.beta) - 11.67)).toBeLessThan(0.02);
    expect(out.logLikelihood).toBeCloseTo(-9594.976, 3);
    const text = await runCli([...args, '--lang', 'en']);
    expect(text.stdout).toContain('Pareto/NBD');
  });

  it('explains a bad model in one line', async () => {
    const res = await runCli(['clv', '--db', cdnowDb, '--model', 'pareto']);
    expect(res.code).toBe(2);
  });
});

describe('fulcrum rfm', () => {
  it('scores like the R package and exports stable columns to CSV', async () => {
    const file = join(dir, 'list.csv');
    const res = await runCli([
      'rfm',
      '--db',
      rfmDb,
      '--asof',
      '2006-12-31',
      '--bins',
      'r-rfm',
      '--export',
      file,
      '--json',
      '--lang',
      'en',
    ]);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as { customers: Array<Record<string, unknown>> };
    expect(out.customers).toHaveLength(995);
    expect(out.customers[0]).toMatchObject({ customer_id: "Abbey O'Reilly", score: '343' });
    // The average check is a shown amount: whole kopecks, within half a kopeck of the exact mean.
    for (const c of out.customers) {
      const avg = c['average_check'] as number;
      expect(Math.abs(avg * 100 - Math.round(avg * 100))).toBeLessThan(1e-6);
      expect(Math.abs(avg - (c['monetary'] as number) / (c['frequency'] as number))).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
    }
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'customer_id,recency_days,frequency,monetary,r,f,m,score,segment,first_order,last_order,tenure_days,average_check,tactic',
    );
    expect(lines).toHaveLength(997);
  });

  it('exports one segment to XLSX', async () => {
    const file = join(dir, 'at-risk.xlsx');
    const res = await runCli([
      'rfm',
      '--db',
      rfmDb,
      '--asof',
      '2006-12-31',
      '--segment',
      'At risk',
      '--export',
      file,
      '--lang',
      'ru',
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('В зоне риска');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    // A Russian export: the Russian sheet and headers (issue 13, §4).
    const sheet = book.getWorksheet('Клиенты')!;
    expect(sheet.getRow(1).values).toContain('Сегмент');
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let i = 2; i <= sheet.rowCount; i++) expect(sheet.getRow(i).getCell(9).value).toBe('В зоне риска');
  });

  it('rejects an unknown segment naming the known ones', async () => {
    const res = await runCli(['rfm', '--db', rfmDb, '--segment', 'Whales']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('неизвестный сегмент «Whales»');
  });
});
