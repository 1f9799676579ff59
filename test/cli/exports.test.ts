import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { TABLE_NAMES } from '../../src/ingest/index.ts';
import { importInto, openWorkspace, type LeversResult } from '../../src/services/index.ts';
import { parseCsv } from '../../src/ingest/csv-text.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-export-cli-'));
const db = join(dir, 'fulcrum.duckdb');

beforeAll(async () => {
  await generateCompany({ outDir: dir, orders: 20_000, seed: 11 });
  const ws = await openWorkspace(db);
  try {
    for (const table of TABLE_NAMES) {
      const res = await importInto(ws, { file: join(dir, `${table}.csv`), table });
      if (res.status !== 'imported') throw new Error(`sample ${table}: ${res.status}`);
    }
  } finally {
    await ws.close();
  }
}, 120_000);

const csv = (file: string): string[][] => parseCsv(readFileSync(file, 'utf8'));

describe('--export FILE.xlsx|FILE.csv on formula, levers, constraint and clv (issue 13, §4)', () => {
  it('levers --export writes the lever table in Russian: sheet «Рычаги», money in ₽, the same numbers as --json', async () => {
    const file = join(dir, 'levers.xlsx');
    const res = await runCli(['levers', '--db', db, '--lang', 'ru', '--export', file]);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain(`Записано в ${file}`);
    const json = JSON.parse((await runCli(['levers', '--db', db, '--json'])).stdout) as LeversResult;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Рычаги')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Выручка');
    for (const r of json.rows) {
      let row: ExcelJS.Row | undefined;
      sheet.eachRow((x) => {
        if (x.getCell(1).value === r.lever) row = x;
      });
      // Money to the kopeck, as shown everywhere (docs/rounding.md).
      expect(row!.getCell(4).value).toBeCloseTo(r.revenue!, 2);
      expect(row!.getCell(4).numFmt).toContain('₽');
    }
  });

  it('formula --compare --export FILE.csv --lang en keeps `,`, `.` and the stable ids', async () => {
    const file = join(dir, 'compare.csv');
    const res = await runCli([
      'formula',
      '--db',
      db,
      '--compare',
      '2024-01..2024-06',
      '--period',
      '2025-01..2025-06',
      '--lang',
      'en',
      '--export',
      file,
    ]);
    expect(res.stderr).toBe('');
    const [header, ...rows] = csv(file);
    expect(header!.slice(0, 2)).toEqual(['node', 'label']);
    expect(header).toContain('revenue_contribution');
    const revenue = rows.find((r) => r[0] === 'revenue')!;
    expect(revenue[2]).toMatch(/^\d+(\.\d+)?$/);
    // The levers' contributions add up to the revenue change (LMDI is exact).
    const change = Number(revenue[4]);
    const sum = rows.reduce((s, r) => s + (r[6] ? Number(r[6]) : 0), 0);
    expect(Math.abs(sum - change)).toBeLessThan(0.05);
  });

  it('constraint --export FILE.csv in Russian: `;`, decimal comma, Russian headers; clv --holdout --export writes the fit and the check', async () => {
    const file = join(dir, 'constraint.csv');
    const res = await runCli(['constraint', '--db', db, '--by', 'store', '--lang', 'ru', '--export', file]);
    expect(res.stderr).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFКод;Показатель;Ключевое;75-й процентиль;Потенциал;Срезов ниже уровня',
    );
    expect(csv(file).filter((r) => r[2] === 'да')).toHaveLength(1);

    const clv = join(dir, 'clv.xlsx');
    const out = await runCli(['clv', '--db', db, '--holdout', '--lang', 'ru', '--export', clv]);
    expect(out.stderr).toBe('');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(clv);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Параметры модели', 'Проверка']);
  });

  it('a wrong --export extension fails before the analysis runs, in the user’s language', async () => {
    const res = await runCli(['levers', '--db', db, '--lang', 'ru', '--export', join(dir, 'x.txt')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--export — файл .csv или .xlsx');
  });
});
