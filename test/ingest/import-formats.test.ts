import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listImports } from '../../src/store/index.ts';
import { SYNTHETIC_ORDER_IDS } from '../../src/ingest/index.ts';
import { useWarehouse } from './helpers.ts';

const SUMS = `SELECT count(*) AS n, sum(revenue) AS revenue FROM orders`;

async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Заметки');
  notes.addRow(['Выгрузка из 1С']);
  const sales = wb.addWorksheet('Продажи');
  sales.addRow(['Анализ продаж за март']);
  sales.addRow([]);
  sales.addRow(['Номер', 'Контрагент', 'Период', 'Выручка', 'Номенклатура']);
  sales.addRow(['00012', 'ООО Ромашка', new Date(Date.UTC(2024, 2, 1, 9, 30)), 1500.25, 'Чай']);
  sales.addRow(['00013', 'ИП Иванов', '02.03.2024', { formula: '2*250', result: 500 }, 'Кофе']);
  sales.addRow(['Итого', null, null, 2000.25, null]);
  await wb.xlsx.writeFile(path);
}

describe('Parquet and XLSX import', () => {
  const ctx = useWarehouse();

  it('imports Parquet written by DuckDB, typed columns included', async () => {
    const file = `${ctx.dir}/orders.parquet`;
    await ctx.engine.driver.exec(
      `COPY (SELECT * FROM (VALUES ('1', '00004', TIMESTAMP '2024-03-01 10:00:00', 100.5::DOUBLE, 'Центр'),
         ('2', '00005', TIMESTAMP '2024-03-02 11:00:00', 200::DOUBLE, 'Север'))
         t(order_id, customer_id, ts, revenue, store)) TO '${file}' (FORMAT parquet)`,
    );
    const r = await ctx.import({ file, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', format: 'parquet', encoding: 'binary', rowsInserted: 2 });
    expect(await ctx.rows(SUMS)).toEqual([{ n: 2, revenue: 300.5 }]);
    expect(await ctx.rows(`SELECT customer_id, store FROM orders ORDER BY 1`)).toEqual([
      { customer_id: '00004', store: 'Центр' },
      { customer_id: '00005', store: 'Север' },
    ]);
  });

  it('imports a named XLSX sheet, skipping title rows and the total row', async () => {
    const file = `${ctx.dir}/sales.xlsx`;
    await writeWorkbook(file);
    const r = await ctx.import({ file, table: 'orders', sheet: 'Продажи' });
    expect(r).toMatchObject({ status: 'imported', format: 'xlsx', rowsRead: 2, rowsInserted: 2 });
    expect(r.mapping).toMatchObject({
      order_id: 'Номер',
      customer_id: 'Контрагент',
      ts: 'Период',
      product: 'Номенклатура',
    });
    expect(await ctx.rows(SUMS)).toEqual([{ n: 2, revenue: 2000.25 }]);
    const rows = await ctx.rows(`SELECT order_id, CAST(ts AS VARCHAR) AS ts, product FROM orders ORDER BY 1`);
    expect(rows).toEqual([
      { order_id: '00012', ts: '2024-03-01 09:30:00', product: 'Чай' },
      { order_id: '00013', ts: '2024-03-02 00:00:00', product: 'Кофе' },
    ]);
  });

  it('reads the first sheet by default and reports XLSX rows as Excel numbers them', async () => {
    const file = `${ctx.dir}/first.xlsx`;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Клиент', 'Дата', 'Сумма']);
    ws.getCell('A3').value = 'c1';
    ws.getCell('B3').value = 'вчера';
    ws.getCell('C3').value = 10;
    await wb.xlsx.writeFile(file);
    const r = await ctx.import({ file, table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([
      {
        file,
        row: 3,
        column: 'Дата',
        value: 'вчера',
        reason: 'not a date (expected dd.mm.yyyy [HH:MM[:SS]] or yyyy-mm-dd [HH:MM[:SS]])',
      },
    ]);
  });

  it('names the sheets when the requested one is absent', async () => {
    const file = `${ctx.dir}/sales.xlsx`;
    await writeWorkbook(file);
    await expect(ctx.import({ file, table: 'orders', sheet: 'Нет' })).rejects.toThrow(
      `${file}: no sheet named "Нет" (sheets: Заметки, Продажи)`,
    );
  });

  it('rejects a truncated XLSX as a whole-file error and leaves the warehouse unchanged', async () => {
    const good = `${ctx.dir}/sales.xlsx`;
    await writeWorkbook(good);
    await ctx.import({ file: good, table: 'orders', sheet: 'Продажи' });
    const before = await ctx.snapshot();
    const bytes = readFileSync(good);
    const cut = ctx.write('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(ctx.import({ file: cut, table: 'orders' })).rejects.toMatchObject({
      name: 'IngestError',
      code: 'unreadable_xlsx',
    });
    expect(await ctx.snapshot()).toEqual(before);
    expect(listImports(ctx.store)[0]).toMatchObject({ file: cut, status: 'failed' });
  });
});

describe('the check before an import (dry run) as a column-mapping step', () => {
  const ctx = useWarehouse();

  it('answers with the missing fields and the headers instead of failing, and writes nothing', async () => {
    const file = ctx.write('odd.csv', 'Кто;Когда;Оплачено\nC1;01.03.2024;100\n');
    const r = await ctx.import({ file, table: 'orders', dryRun: true, lang: 'ru' });
    expect(r).toMatchObject({ status: 'rejected', missing: ['customer_id', 'ts', 'revenue'], errorCount: 0 });
    expect(r.headers).toEqual(['Кто', 'Когда', 'Оплачено']);
    expect(r.fields?.filter((f) => f.required).map((f) => f.name)).toEqual(['customer_id', 'ts', 'revenue']);
    const mapped = await ctx.import({
      file,
      table: 'orders',
      dryRun: true,
      lang: 'ru',
      map: { Кто: 'customer_id', Когда: 'ts', Оплачено: 'revenue' },
    });
    expect(mapped).toMatchObject({ status: 'validated', rowsRead: 1 });
    expect(mapped.warnings).toContain(SYNTHETIC_ORDER_IDS.ru);
    expect(
      await ctx.rows("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'orders'"),
    ).toEqual([{ n: 1 }]);
    expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
  });
});
