import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_ANALYSES, type Workspace } from '../../src/services/index.ts';
import { parseCsv } from '../../src/ingest/csv-text.ts';
import { findSoffice, openCsvWithLibreOffice, recalcWithLibreOffice } from '../helpers/libreoffice.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

/** The query each analysis's page sends (the sample's periods; CLV's holdout inside the data). */
const QUERIES: Record<(typeof EXPORT_ANALYSES)[number], string> = {
  formula: 'period=2025-01..2025-06&by=channel',
  compare: 'period=2025-01..2025-06&compare=2024-01..2024-06',
  levers: 'period=2025-01..2025-06&step=20',
  constraint: 'period=2025-01..2025-06&by=store',
  cohorts: 'months=6',
  channels: '',
  funnel: 'steps=3',
  migration: 'asof=2025-06-30&from=2024-12-31',
  clv: 'unit=week',
};

/** The file name a browser saves: RFC 5987's UTF-8 `filename*`. */
const savedName = (disposition: string | null): string =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')?.[1] ?? '');

describe('exports a Russian Excel user can open (issue 13, §4)', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-exports-'));
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
  }, 180_000);
  afterAll(() => ws.close());

  const get = (path: string, lang: 'ru' | 'en' = 'ru') =>
    t.asToken('analyst', path, { headers: { 'accept-language': lang } });
  const json = async <T>(path: string): Promise<T> => {
    const res = await get(path);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };
  const bytes = async (path: string, lang: 'ru' | 'en' = 'ru'): Promise<Buffer> => {
    const res = await get(path, lang);
    expect(res.status, await res.clone().text()).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const book = async (buf: Buffer): Promise<ExcelJS.Workbook> => {
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(buf as unknown as ArrayBuffer);
    return b;
  };

  it('CSV in Russian: `;`, decimal comma, UTF-8 with BOM, Russian headers; numbers read back equal the analysis', async () => {
    const levers = await json<{ rows: { lever: string; revenue: number; profit: number | null }[] }>(
      `/api/levers?${QUERIES.levers}`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await bytes(`/api/export/levers?format=csv&${QUERIES.levers}`),
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(text.split('\r\n')[0]!.slice(1)).toBe(header!.join(';'));
    expect(header).toEqual([
      'Код',
      'Показатель',
      'Шаг',
      'Выручка',
      'Изменение выручки',
      'Прибыль',
      'Изменение прибыли',
    ]);
    // Decimal comma, no dot, and the value is the analysis's own number to the kopeck.
    const ruNumber = (s: string) => Number(s.replace(',', '.'));
    for (const r of levers.rows) {
      const line = rows.find((l) => l[0] === r.lever)!;
      expect(line[3]).not.toContain('.');
      expect(Math.abs(ruNumber(line[3]!) - r.revenue)).toBeLessThanOrEqual(0.005);
      if (r.profit !== null) expect(Math.abs(ruNumber(line[5]!) - r.profit)).toBeLessThanOrEqual(0.005);
    }
    expect(rows.find((l) => l[0] === 'all')![1]).toBe('Все рычаги вместе');
    expect(rows.find((l) => l[0] === 'C')![1]).toBe('Конверсия');
    expect(rows.some((l) => /\d,\d/.test(l[4]!))).toBe(true);
  });

  it('CSV in Russian names the RFM segments in Russian; the English export keeps `,`, `.` and the stable ids', async () => {
    const path = `/api/export/migration?format=csv&${QUERIES.migration}`;
    const ru = parseCsv(new TextDecoder().decode(await bytes(path, 'ru')));
    expect(ru[0]).toEqual([
      'Сегмент',
      'Название',
      'Клиенты',
      'Доля',
      'Заказы',
      'Выручка',
      'Средний чек',
      'Средняя давность, дней',
      'Тактика',
    ]);
    expect(ru.map((r) => r[0])).toContain('Чемпионы');
    // The migration sheet (XLSX) names both ends in Russian, the first date's new customers too.
    const moves = (
      await book(await bytes(`/api/export/migration?format=xlsx&${QUERIES.migration}`))
    ).getWorksheet('Миграция')!;
    const from = moves.getColumn(1).values.slice(2).map(String);
    expect(from).toContain('Новые клиенты');
    expect(from.some((v) => /^[A-Za-z-]+$/.test(v))).toBe(false);
    const enText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(path, 'en'));
    expect(enText.charCodeAt(0)).toBe(0xfeff);
    expect(enText.split('\r\n')[0]).toBe(
      '\uFEFFsegment,name,customers,share,orders,revenue,average_check,average_recency_days,tactic',
    );
    const en = parseCsv(enText);
    expect(en.map((r) => r[0])).toContain('Champions');
    // The same shares, written with a dot in English and a comma in Russian.
    const share = (rows: string[][], i: number) => rows[i]![3]!;
    expect(share(en, 1)).toMatch(/^0\.\d+$/);
    expect(share(ru, 1)).toBe(share(en, 1).replace('.', ','));
    // `?lang=en` overrides the reader's language (a script asking for ids).
    const forced = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(`${path}&lang=en`, 'ru'));
    expect(forced).toBe(enText);
  });

  it('XLSX from every analysis: Russian headers, number formats, frozen header, filters, widths, Cyrillic file name', async () => {
    for (const analysis of EXPORT_ANALYSES) {
      const res = await get(`/api/export/${analysis}?format=xlsx&${QUERIES[analysis]}`);
      expect(res.status, `${analysis}: ${await res.clone().text()}`).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const name = savedName(res.headers.get('content-disposition'));
      expect(name, analysis).toMatch(/^[А-Я][а-яё ]+.*\.xlsx$|^Проверка CLV .*\.xlsx$/);
      const b = await book(Buffer.from(await res.arrayBuffer()));
      expect(b.worksheets.length, analysis).toBeGreaterThan(0);
      for (const sheet of b.worksheets) {
        const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
        expect(headers.join(' '), `${analysis}/${sheet.name}`).toMatch(/[а-яё]/i);
        expect(sheet.getRow(1).font?.bold).toBe(true);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
        expect(sheet.autoFilter).toBeTruthy();
        for (let i = 1; i <= headers.length; i++) expect(sheet.getColumn(i).width).toBeGreaterThanOrEqual(8);
      }
    }
  }, 120_000);

  it('XLSX number formats: money in roubles, shares as %, cohorts as real dates, each cell a number', async () => {
    const levers = await book(await bytes(`/api/export/levers?format=xlsx&${QUERIES.levers}`));
    const ls = levers.getWorksheet('Рычаги')!;
    const header = (ls.getRow(1).values as unknown[]).slice(1);
    const revenueCol = header.indexOf('Выручка') + 1;
    const changeCol = header.indexOf('Изменение выручки') + 1;
    const c = ls.getRow(3).getCell(revenueCol);
    expect(typeof c.value).toBe('number');
    expect(c.numFmt).toContain('₽');
    expect(ls.getRow(3).getCell(changeCol).numFmt).toContain('%');
    // A lever raised by 20 % moves revenue by a fraction that a % format shows as 20,0 %.
    const changes = ls
      .getColumn(changeCol)
      .values.slice(3)
      .filter((v): v is number => typeof v === 'number');
    expect(changes.some((v) => Math.abs(v - 0.2) < 1e-9)).toBe(true);

    const cohorts = await book(await bytes(`/api/export/cohorts?format=xlsx&${QUERIES.cohorts}`));
    const cs = cohorts.getWorksheet('Когорты')!;
    const first = cs.getRow(2).getCell(1);
    expect(first.value).toBeInstanceOf(Date);
    expect(first.numFmt).toBe('mm.yyyy');
    const cohortsJson = await json<{ cohorts: { cohort: string }[] }>(
      `/api/customers/cohorts?${QUERIES.cohorts}`,
    );
    expect((first.value as Date).toISOString().slice(0, 7)).toBe(cohortsJson.cohorts[0]!.cohort);
    const retention = (cs.getRow(1).values as unknown[]).indexOf('Удержание');
    expect(cs.getRow(2).getCell(retention).numFmt).toBe('0.0%');
    expect(cs.getColumn(1).width).toBeGreaterThanOrEqual(8);

    // The formula tree mixes units in one column: each node carries its own format.
    const formula = await book(await bytes(`/api/export/formula?format=xlsx&${QUERIES.formula}`));
    const fs = formula.getWorksheet('Формула')!;
    const byNode = new Map<string, ExcelJS.Cell>();
    fs.eachRow((row, i) => {
      if (i > 1) byNode.set(String(row.getCell(2).value), row.getCell(4));
    });
    expect(byNode.get('C')!.numFmt).toBe('0.0%');
    expect(byNode.get('Pu')!.numFmt).toContain('₽');
    expect(typeof byNode.get('revenue')!.value).toBe('number');
  });

  it('an export the analysis refuses answers the analysis’s own error, in the reader’s language', async () => {
    const res = await get('/api/export/levers?format=xlsx&period=2025-13');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field?: string; message: string } };
    expect(body.error.field).toBe('period');
    expect(body.error.message).toMatch(/[а-я]/);
    // No access to the analysis, no file.
    expect((await t.asToken('employee', '/api/export/levers?format=xlsx')).status).toBe(403);
  });

  it('opened as a Russian Excel user would (LibreOffice, ru-RU, `;`): every number cell is a number', async () => {
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice is needed for this test').not.toBeNull();
    const files = (['levers', 'channels', 'cohorts'] as const).map((a) => {
      const f = join(dir, `${a}.csv`);
      return { a, f };
    });
    for (const { a, f } of files) writeFileSync(f, await bytes(`/api/export/${a}?format=csv&${QUERIES[a]}`));
    const opened = openCsvWithLibreOffice(
      soffice!,
      files.map((x) => x.f),
      join(dir, 'lo'),
      'ru',
    );
    for (const [i, out] of opened.entries()) {
      const b = new ExcelJS.Workbook();
      await b.xlsx.readFile(out);
      const sheet = b.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      expect(header.length, files[i]!.a).toBeGreaterThan(3); // split into columns, not one line
      const money = header.indexOf('Выручка') + 1;
      expect(money, files[i]!.a).toBeGreaterThan(0);
      let numbers = 0;
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const v = row.getCell(money).value;
        if (v !== null && v !== '') {
          expect(typeof v, `${files[i]!.a} row ${n}: ${String(v)}`).toBe('number');
          numbers++;
        }
      });
      expect(numbers).toBeGreaterThan(0);
    }
    // The streamed XLSX opens too, its money still numbers in roubles and dates still dates.
    const xlsxFiles = (['levers', 'cohorts'] as const).map((a) => join(dir, `${a}.xlsx`));
    writeFileSync(xlsxFiles[0]!, await bytes(`/api/export/levers?format=xlsx&${QUERIES.levers}`));
    writeFileSync(xlsxFiles[1]!, await bytes(`/api/export/cohorts?format=xlsx&${QUERIES.cohorts}`));
    const [levers, cohorts] = recalcWithLibreOffice(soffice!, xlsxFiles, join(dir, 'lo-xlsx'));
    const lb = new ExcelJS.Workbook();
    await lb.xlsx.readFile(levers!);
    const revenue = lb.worksheets[0]!.getRow(2).getCell(4);
    expect(typeof revenue.value).toBe('number');
    expect(revenue.numFmt).toContain('₽');
    const cb = new ExcelJS.Workbook();
    await cb.xlsx.readFile(cohorts!);
    expect(cb.worksheets[0]!.getRow(2).getCell(1).value).toBeInstanceOf(Date);
  }, 180_000);
});
