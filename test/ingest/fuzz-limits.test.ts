import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Row } from '../../src/engines/engine.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { cliSpelling } from '../../src/cli/error-text.ts';
import { IngestError, type ImportRequest, type RowError } from '../../src/ingest/index.ts';
import { MAX_COLUMNS, MAX_DIMENSION_COLUMNS } from '../../src/ingest/limits.ts';
import { listImports } from '../../src/store/index.ts';
import { workbook, gridRows, type SheetRow } from './fuzz/xlsx.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

const HEAD = ['order_id', 'customer_id', 'ts', 'revenue'];

/** A 20-row orders CSV with `extra` more columns named x0, x1…. */
function wideCsv(extra: number, prefix = 'x'): string {
  const head = [...HEAD, ...Array.from({ length: extra }, (_, i) => `${prefix}${i}`)];
  const rows = Array.from({ length: 20 }, (_, r) =>
    [`w${r}`, `c${r}`, '2024-03-01', '100', ...Array.from({ length: extra }, () => 'v')].join(','),
  );
  return [head.join(','), ...rows].join('\n') + '\n';
}

/** Engine and library words, SQL and server paths: what no message to a user may hold. */
const RAW =
  /LINE 1|Error:|Binder|Conversion|Invalid Input|read_parquet|read_csv|DESCRIBE|SELECT|Original Line|\/tmp\//;

describe('§4 hostile files are bounded before they are expanded', () => {
  const ctx = useWarehouse();
  let before: Record<string, Row[]>;
  let columns: Row[];
  const orderColumns = (): Promise<Row[]> =>
    ctx.rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY 1`);

  beforeEach(async () => {
    await ctx.import({ file: ctx.write('good.csv', RUSSIAN_ORDERS), table: 'orders' });
    before = await ctx.snapshot();
    columns = await orderColumns();
  });

  /** Imports and expects a whole-file error with `code`, nothing written, no raw text in either language. */
  async function refused(request: ImportRequest, code: string, says: RegExp): Promise<IngestError> {
    // Named as an upload is, so the message can be checked for server paths.
    const req = { ...request, name: basename(request.file) };
    const e = await ctx.import(req).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(IngestError);
    const err = e as IngestError;
    expect(err.code).toBe(code);
    expect(err.message).toMatch(says);
    for (const lang of ['en', 'ru'] as const) {
      const text = messageIn(err, lang);
      expect(text.startsWith(`${req.name}: `)).toBe(true);
      expect(text).not.toMatch(RAW);
    }
    expect(await ctx.snapshot()).toEqual(before);
    expect(await orderColumns()).toEqual(columns);
    expect(listImports(ctx.store)[0]?.status).toBe('failed');
    return err;
  }

  it('20-row CSVs with 500 / 1,000 / 10,000 columns are refused before any row is read', async () => {
    for (const n of [500, 1000, 10_000]) {
      const file = ctx.write(`wide${n}.csv`, wideCsv(n - HEAD.length));
      await refused(
        { file, table: 'orders' },
        'too_many_columns',
        new RegExp(`${n.toLocaleString('en-US').replace(',', ' ')} columns; at most ${MAX_COLUMNS}`),
      );
    }
  });

  it('a file as wide as the limit still imports (leads: unknown headers are ignored, not stored)', async () => {
    const extra = MAX_COLUMNS - 4;
    const head = ['lead_id', 'ts', 'status', 'channel', ...Array.from({ length: extra }, (_, i) => `x${i}`)];
    const rows = Array.from({ length: 20 }, (_, r) =>
      [`L${r}`, '2024-03-01', 'won', 'ads', ...Array.from({ length: extra }, () => 'v')].join(','),
    );
    // Blank rows (spaces, tabs, no-break spaces in every cell) are left out, whatever the width.
    const blankRow = head.map((_, i) => [' ', '\t', '\u00a0', ''][i % 4]).join(',');
    rows.splice(7, 0, blankRow);
    rows.splice(3, 0, blankRow.replace(/^ /, '  '));
    const file = ctx.write('leads.csv', [head.join(','), ...rows].join('\n'));
    // The check before an import takes the staged path, which tests every cell for blank rows.
    const check = await ctx.import({ file, table: 'leads', dryRun: true });
    expect(check).toMatchObject({ status: 'validated', rowsRead: 20 });
    const r = await ctx.import({ file, table: 'leads' });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 20 });
  });

  it('a wide file missing a required column lists its first headers, not all of them', async () => {
    const head = ['lead_id', 'ts', ...Array.from({ length: 250 }, (_, i) => `x${i}`)];
    const file = ctx.write('nostatus.csv', `${head.join(',')}\n${head.map(() => '1').join(',')}\n`);
    const e = await refused({ file, table: 'leads' }, 'missing_column', /headers found: lead_id, ts, x0,/);
    expect(e.message).toMatch(/x37, … \(\+212\)\. Name the column/);
    expect(e.text.ru).toMatch(/x37, … \(\+212\)\. Укажите столбец/);
  });

  it('an XLSX with 16,384 columns is refused from its first row, before the sheet is expanded', async () => {
    const sheet: SheetRow[] = [
      { r: 1, cells: [...HEAD.map((v, i) => ({ col: i + 1, value: v })), { col: 16_384, value: 'note' }] },
      {
        r: 2,
        cells: [
          { col: 1, value: 'w1' },
          { col: 2, value: 'c1' },
          { col: 3, value: '2024-03-01' },
          { col: 4, value: 5 },
        ],
      },
    ];
    const file = ctx.write('sparse.xlsx', workbook(sheet));
    const e = await refused(
      { file, table: 'orders' },
      'too_many_columns',
      /16 384 columns \(row 1\); at most 256/,
    );
    expect(e.text.ru).toMatch(/столбцов: 16 384 \(строка 1\)/);
  });

  it('a 3 KB XLSX with a row numbered 20,000,000 (or 2,000,000,000) is refused before any empty row is written', async () => {
    for (const n of [20_000_000, 2_000_000_000]) {
      const rows = [
        ...gridRows([HEAD, ['w1', 'c1', '2024-03-01', 100]]),
        {
          r: n,
          cells: [
            { col: 1, value: 'w2' },
            { col: 2, value: 'c2' },
            { col: 3, value: '2024-03-02' },
            { col: 4, value: 5 },
          ],
        },
      ];
      const bytes = workbook(rows);
      expect(bytes.length).toBeLessThan(3000);
      const file = ctx.write(`row${n}.xlsx`, bytes);
      const shown = n.toLocaleString('en-US').replaceAll(',', ' ');
      await refused(
        { file, table: 'orders' },
        'too_many_rows',
        new RegExp(`row ${shown} is beyond the 1 048 576 rows`),
      );
    }
  });

  it('Parquet with 3,000 columns is refused before it is staged', async () => {
    const file = `${ctx.dir}/wide.parquet`;
    const extra = Array.from({ length: 2996 }, (_, i) => `'v' AS x${i}`).join(', ');
    await ctx.engine.driver.exec(
      `COPY (SELECT 'w' || i AS order_id, 'c' || i AS customer_id, DATE '2024-03-01' AS ts, 100.0 AS revenue, ${extra}
       FROM range(20) t(i)) TO '${file}' (FORMAT parquet)`,
    );
    await refused({ file, table: 'orders' }, 'too_many_columns', /3 000 columns; at most 256/);
  });

  it('accepted wide files no longer add every unknown header to orders permanently', async () => {
    // Over the bound in one file: refused, no column added.
    const wide = ctx.write('wide.csv', wideCsv(MAX_DIMENSION_COLUMNS + 1));
    const e = await refused({ file: wide, table: 'orders' }, 'too_many_columns', /at most 64 are kept/);
    // The mapping in words for any reader; each surface spells it: `--map` in the CLI, `map` in the API.
    expect(e.localized('ru', cliSpelling)).toMatch(/в сопоставлении заголовков \(--map "x0=-"\)/);
    expect(e.localized('en')).toMatch(/in the header mapping \(map "x0=-"\)/);
    // Within the bound: imported, its columns added; a later file may not push past the bound.
    const some = ctx.write('some.csv', wideCsv(MAX_DIMENSION_COLUMNS - 2, 'a'));
    expect(await ctx.import({ file: some, table: 'orders' })).toMatchObject({ status: 'imported' });
    before = await ctx.snapshot();
    columns = await orderColumns();
    const more = ctx.write('more.csv', wideCsv(5, 'b'));
    await refused({ file: more, table: 'orders' }, 'too_many_columns', /5 columns are not fields of orders/);
    // Leaving them out in the header mapping is the way through.
    const map = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`b${i}`, '-']));
    expect(await ctx.import({ file: more, table: 'orders', map })).toMatchObject({ status: 'imported' });
  });
});

describe('§6 raw engine text and SQL never reach users', () => {
  const ctx = useWarehouse();
  let before: Record<string, Row[]>;

  beforeEach(async () => {
    await ctx.import({ file: ctx.write('good.csv', RUSSIAN_ORDERS), table: 'orders' });
    before = await ctx.snapshot();
  });

  /** Imports under an upload's name and returns the whole-file error, checked for raw text. */
  async function failure(path: string, name: string): Promise<IngestError> {
    const e = await ctx.import({ file: path, name, table: 'orders' }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(IngestError);
    const err = e as IngestError;
    for (const lang of ['en', 'ru'] as const) {
      const text = messageIn(err, lang);
      expect(text.startsWith(`${name}: `)).toBe(true);
      expect(text).not.toMatch(RAW);
      expect(text).not.toContain(ctx.dir);
      expect(text.length).toBeLessThan(400);
    }
    expect(await ctx.snapshot()).toEqual(before);
    return err;
  }

  const body = (n: number): string =>
    Array.from({ length: n }, (_, i) => `o${i};c${i};2024-03-01;${i}`).join('\n') + '\n';

  /** Imports under an upload's name in both languages; the row report must be clean in each. */
  async function rejectedRows(path: string, name: string): Promise<Record<'en' | 'ru', RowError[]>> {
    const out = {} as Record<'en' | 'ru', RowError[]>;
    for (const lang of ['en', 'ru'] as const) {
      const r = await ctx.import({ file: path, name, table: 'orders', lang });
      expect(r.status).toBe('rejected');
      for (const e of r.errors) {
        expect(e.reason).not.toMatch(RAW);
        expect(`${e.reason} ${e.value}`).not.toContain(ctx.dir);
        expect(e.reason).not.toMatch(/null|undefined/);
      }
      out[lang] = r.errors;
      expect(await ctx.snapshot()).toEqual(before);
    }
    return out;
  }

  it('bad bytes after the first 256 KiB: a bilingual message naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`order_id;customer_id;ts;revenue\n${body(20_000)}`),
      Buffer.from([0xcf, 0xf0, 0xe8, 0x0a]),
    ]);
    const e = await rejectedRows(ctx.write('late.csv', bytes), 'late.csv');
    expect(e.en).toContainEqual(
      expect.objectContaining({ row: 20002, reason: expect.stringMatching(/^not valid UTF-8 text/) }),
    );
    expect(e.ru).toContainEqual(
      expect.objectContaining({ row: 20002, reason: expect.stringMatching(/^текст не в UTF-8/) }),
    );
  });

  it('lines over 2 MB: a bilingual message naming the line, not the line itself', async () => {
    const text = `order_id;customer_id;ts;revenue\n${body(10)}o9;c9;2024-03-01;${'9'.repeat(3_000_000)}\n`;
    const e = await rejectedRows(ctx.write('long.csv', text), 'long.csv');
    expect(e.en).toEqual([
      expect.objectContaining({
        row: 12,
        reason: 'the line is longer than 2 MB: a quote left open or a damaged file',
      }),
    ]);
    expect(e.ru).toEqual([
      expect.objectContaining({
        row: 12,
        reason: 'строка длиннее 2 МБ: незакрытая кавычка или повреждённый файл',
      }),
    ]);
    expect(String(e.en[0]!.value).length).toBeLessThan(1000);
  });

  it('damaged Parquet: no DESCRIBE, no read_parquet and no server temp path', async () => {
    const good = `${ctx.dir}/good.parquet`;
    await ctx.engine.driver.exec(
      `COPY (SELECT 'p' || i AS order_id, 'c' || i AS customer_id, DATE '2024-03-01' AS ts, i * 1.5 AS revenue
       FROM range(5000) t(i)) TO '${good}' (FORMAT parquet)`,
    );
    const bytes = readFileSync(good);
    // A cut footer fails when the schema is read; a damaged page only when the rows are.
    const cut = await failure(ctx.write('cut.parquet', bytes.subarray(0, bytes.length >> 1)), 'cut.parquet');
    expect(cut.text.en).toBe(
      'cannot read Parquet: the file is truncated or damaged, or is not a Parquet file',
    );
    const paged = Buffer.from(bytes);
    paged.fill(0x41, 200, 2000);
    const page = await failure(ctx.write('page.parquet', paged), 'page.parquet');
    expect(page.text.en).toBe('cannot read rows: the file is truncated or damaged, or is not a Parquet file');
    expect(page.text.ru).toBe(
      'не удалось прочитать строки: файл обрезан, повреждён или не является файлом Parquet',
    );
  });

  it('damaged XLSX: no zip or XML library text', async () => {
    const bytes = workbook(gridRows([HEAD, ['x1', 'c1', '2024-03-01', 1]]));
    const e = await failure(ctx.write('cut.xlsx', bytes.subarray(0, bytes.length - 40)), 'cut.xlsx');
    expect(e.code).toBe('unreadable_xlsx');
    expect(e.text.en).toMatch(/^cannot read XLSX: the file is truncated or damaged/);
  });
});
