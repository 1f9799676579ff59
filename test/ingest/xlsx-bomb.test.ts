import { basename } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Row } from '../../src/engines/engine.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { IngestError } from '../../src/ingest/index.ts';
import { listImports } from '../../src/store/index.ts';
import { colName, gridRows, letters, longCellSheet, sheetXml, workbookWithSheet } from './fuzz/xlsx.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

const GOOD = sheetXml(
  gridRows([
    ['order_id', 'customer_id', 'ts', 'revenue'],
    ['zb-1', 'c1', '2024-03-01', 5],
  ]),
);

describe('issue 12: XLSX zip bomb', () => {
  const ctx = useWarehouse();
  let before: Record<string, Row[]>;
  beforeEach(async () => {
    await ctx.import({ file: ctx.write('good.csv', RUSSIAN_ORDERS), table: 'orders' });
    before = await ctx.snapshot();
  });

  /** Imports and returns the refusal; the warehouse is untouched and the log says failed. */
  async function refusal(name: string, bytes: Buffer): Promise<IngestError> {
    const file = ctx.write(name, bytes);
    const e = await ctx.import({ file, table: 'orders', name: basename(file) }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(IngestError);
    for (const lang of ['en', 'ru'] as const) expect(messageIn(e, lang).startsWith(`${name}: `)).toBe(true);
    expect(await ctx.snapshot()).toEqual(before);
    expect(listImports(ctx.store)[0]?.status).toBe('failed');
    return e as IngestError;
  }

  it('XLSX zip bomb: a 100 MB cell packed into 100 KB is refused by its packing, before exceljs unpacks it', async () => {
    const bytes = workbookWithSheet(longCellSheet(100 * 1024 ** 2, 'repeated'));
    expect(bytes.length).toBeLessThan(200 * 1024);
    const e = await refusal('bomb.xlsx', bytes);
    expect(e.code).toBe('too_large');
    expect(messageIn(e, 'en')).toMatch(
      /part xl\/worksheets\/sheet1\.xml is packed 1 0\d\d times tighter .* zip bomb/,
    );
    expect(messageIn(e, 'ru')).toMatch(/часть xl\/worksheets\/sheet1\.xml сжата в 1 0\d\d раз.*zip-бомба/);
  });

  it('XLSX zip bomb: one 3 MB cell of ordinary packing is refused naming the cell', async () => {
    const e = await refusal('long-cell.xlsx', workbookWithSheet(longCellSheet(3 * 1024 ** 2, 'letters')));
    expect(e.code).toBe('too_large');
    expect(messageIn(e, 'en')).toMatch(/cell B2 in xl\/worksheets\/sheet1\.xml is longer than 1 MB/);
    expect(messageIn(e, 'ru')).toMatch(/ячейка B2 в xl\/worksheets\/sheet1\.xml длиннее 1 МБ/);
  });

  it('XLSX zip bomb: a row of 40 cells of 900 KB each (36 MB) is refused naming the row', async () => {
    const cell = letters(900 * 1024).toString('latin1');
    const cells = Array.from(
      { length: 40 },
      (_, i) => `<c r="${colName(i + 1)}3" t="inlineStr"><is><t>${cell}</t></is></c>`,
    );
    const sheet = GOOD.replace('</sheetData>', `<row r="3">${cells.join('')}</row></sheetData>`);
    const e = await refusal('wide-row.xlsx', workbookWithSheet(sheet));
    expect(e.code).toBe('too_large');
    expect(messageIn(e, 'en')).toMatch(/row 3 in xl\/worksheets\/sheet1\.xml is longer than 32 MB/);
    expect(messageIn(e, 'ru')).toMatch(/строка 3 в xl\/worksheets\/sheet1\.xml длиннее 32 МБ/);
  });

  it('XLSX zip bomb: declared sizes beyond the limits are refused from the directory alone', async () => {
    const shared = await refusal(
      'shared.xlsx',
      workbookWithSheet(
        GOOD,
        { 'xl/sharedStrings.xml': '<sst/>' },
        { 'xl/sharedStrings.xml': 300 * 1024 ** 2 },
      ),
    );
    expect(messageIn(shared, 'en')).toMatch(
      /shared texts \(xl\/sharedStrings\.xml\) unpack to 300 MB; at most 256 MB/,
    );
    const part = await refusal(
      'part.xlsx',
      workbookWithSheet(GOOD, {}, { 'xl/worksheets/sheet1.xml': 3 * 1024 ** 3 }),
    );
    expect(messageIn(part, 'en')).toMatch(
      /part xl\/worksheets\/sheet1\.xml unpacks to 3 072 MB; at most 2 048 MB/,
    );
  });

  it('XLSX zip bomb: a part that unpacks past the size it declares is refused as damaged', async () => {
    const e = await refusal('lying.xlsx', workbookWithSheet(GOOD, {}, { 'xl/worksheets/sheet1.xml': 100 }));
    expect(e.code).toBe('unreadable_xlsx');
  });

  it('an ordinary workbook with a 30,000-character cell still imports', async () => {
    const file = ctx.write('fine.xlsx', workbookWithSheet(longCellSheet(30_000, 'letters')));
    const done = await ctx.import({ file, table: 'orders' });
    expect(done).toMatchObject({ status: 'imported', rowsInserted: 1 });
  });
});
