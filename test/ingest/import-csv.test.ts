import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { listImports } from '../../src/store/index.ts';
import { SYNTHETIC_ORDER_IDS } from '../../src/ingest/index.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

const SUMS = `SELECT count(*) AS lines, count(DISTINCT order_id) AS orders, sum(revenue) AS revenue,
  sum(items) AS items FROM orders`;

describe('CSV import', () => {
  const ctx = useWarehouse();

  it('imports a Russian «;» export with decimal commas and dd.mm.yyyy dates', async () => {
    const r = await ctx.import({ file: ctx.write('orders.csv', RUSSIAN_ORDERS), table: 'orders' });
    expect(r).toMatchObject({
      status: 'imported',
      rowsRead: 4,
      rowsInserted: 4,
      rowsReplaced: 0,
      errorCount: 0,
    });
    expect(r).toMatchObject({ delimiter: ';', encoding: 'utf-8', format: 'csv' });
    expect(r.mapping).toMatchObject({ order_id: 'Номер заказа', customer_id: 'Клиент', store: 'Магазин' });
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 4, orders: 3, revenue: 4500, items: 7 }]);
    const ts = await ctx.rows(`SELECT DISTINCT CAST(ts AS VARCHAR) AS ts FROM orders ORDER BY 1`);
    expect(ts.map((x) => x['ts'])).toEqual([
      '2024-03-01 00:00:00',
      '2024-03-02 14:05:00',
      '2024-03-15 00:00:00',
    ]);
    const ids = await ctx.rows(`SELECT DISTINCT customer_id FROM orders ORDER BY 1`);
    expect(ids.map((x) => x['customer_id'])).toEqual(['00004', '00017']);
    expect(listImports(ctx.store)[0]).toMatchObject({
      status: 'imported',
      rowsInserted: 4,
      encoding: 'utf-8',
    });
  });

  it('imports the same file in Windows-1251 identically', async () => {
    const r = await ctx.import({
      file: ctx.write('cp.csv', iconv.encode(RUSSIAN_ORDERS, 'win1251')),
      table: 'orders',
    });
    expect(r).toMatchObject({ status: 'imported', encoding: 'windows-1251', rowsInserted: 4 });
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 4, orders: 3, revenue: 4500, items: 7 }]);
    const stores = await ctx.rows(`SELECT DISTINCT store FROM orders ORDER BY 1`);
    expect(stores.map((x) => x['store'])).toEqual(['Север', 'Центр']);
  });

  it('trims tabs and no-break spaces around ids, dates and amounts (1C pads its columns)', async () => {
    const nb = '\u00a0';
    const file = ctx.write(
      'padded.csv',
      `Номер заказа;Клиент;Дата;Сумма\n 7${nb};${nb}00004\t;${nb}01.03.2024${nb};${nb}1${nb}234,50${nb}₽\n`,
    );
    const res = await ctx.import({ file, table: 'orders' });
    expect(res.status).toBe('imported');
    const [row] = await ctx.rows(
      'SELECT order_id, customer_id, CAST(ts AS VARCHAR) AS ts, revenue FROM orders',
    );
    expect(row).toEqual({ order_id: '7', customer_id: '00004', ts: '2024-03-01 00:00:00', revenue: 1234.5 });
  });

  it('imports UTF-8 with a BOM', async () => {
    const r = await ctx.import({ file: ctx.write('bom.csv', `\uFEFF${RUSSIAN_ORDERS}`), table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', encoding: 'utf-8-bom', rowsInserted: 4 });
  });

  it('imports a tab-delimited file with ISO dates', async () => {
    const tsv =
      'order_id\tcustomer_id\tts\trevenue\nA1\t007\t2024-03-01 10:00:00\t10.5\nA2\t008\t2024-03-02\t20\n';
    const r = await ctx.import({ file: ctx.write('orders.tsv', tsv), table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', delimiter: '\t', format: 'tsv', rowsInserted: 2 });
    expect(await ctx.rows(`SELECT order_id, customer_id, revenue FROM orders ORDER BY 1`)).toEqual([
      { order_id: 'A1', customer_id: '007', revenue: 10.5 },
      { order_id: 'A2', customer_id: '008', revenue: 20 },
    ]);
  });

  it('skips title rows and the trailing Итого row, counting rows as the file does', async () => {
    const csv = ['Отчёт по продажам', 'за март 2024', '', RUSSIAN_ORDERS, 'Итого;;;4 500,00;7;'].join('\n');
    const r = await ctx.import({ file: ctx.write('titled.csv', csv), table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', rowsRead: 4, rowsInserted: 4 });
    expect(r.warnings).toContain('skipped 3 title row(s) above the header');
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 4, orders: 3, revenue: 4500, items: 7 }]);
  });

  it('uses an explicit map for headers no synonym knows', async () => {
    const csv = 'Покупатель ID;Когда;Оплачено;Прочее\n 00042 ;01.03.2024;100;x\n';
    const map = { 'Покупатель ID': 'customer_id', Когда: 'ts', Оплачено: 'revenue' };
    const r = await ctx.import({ file: ctx.write('mapped.csv', csv), table: 'orders', map });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 1 });
    expect(r.mapping).toEqual({
      customer_id: 'Покупатель ID',
      ts: 'Когда',
      revenue: 'Оплачено',
      prochee: 'Прочее',
    });
    expect(r.warnings).toContain(SYNTHETIC_ORDER_IDS.en);
    expect(await ctx.rows(`SELECT customer_id, prochee FROM orders`)).toEqual([
      { customer_id: '00042', prochee: 'x' },
    ]);
  });

  it('replaces rows on re-import instead of duplicating them', async () => {
    const file = ctx.write('orders.csv', RUSSIAN_ORDERS);
    await ctx.import({ file, table: 'orders' });
    const skipped = await ctx.import({ file, table: 'orders' });
    expect(skipped).toMatchObject({ status: 'skipped', rowsInserted: 0 });
    expect(skipped.warnings[0]).toMatch(/already imported into orders as import #1/);
    const forced = await ctx.import({ file, table: 'orders', force: true });
    expect(forced).toMatchObject({ status: 'imported', rowsInserted: 4, rowsReplaced: 4 });
    // A corrected export of order 1002 replaces its lines; the other orders stay.
    const fix = 'Номер заказа;Клиент;Дата;Сумма\n1002;00017;02.03.2024 14:05;2 100,00\n';
    const r = await ctx.import({ file: ctx.write('fix.csv', fix), table: 'orders' });
    expect(r).toMatchObject({ rowsInserted: 1, rowsReplaced: 1 });
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 4, orders: 3, revenue: 4600, items: 4 }]);
    expect(listImports(ctx.store).map((x) => x.status)).toEqual([
      'imported',
      'imported',
      'skipped',
      'imported',
    ]);
  });

  it('synthesises stable order ids so the same file replaces itself', async () => {
    const csv = 'Клиент;Дата;Сумма\n00004;01.03.2024;10\n00005;02.03.2024;20\n';
    const file = ctx.write('noid.csv', csv);
    await ctx.import({ file, table: 'orders' });
    const again = await ctx.import({ file, table: 'orders', force: true });
    expect(again).toMatchObject({ rowsInserted: 2, rowsReplaced: 2 });
    const ids = await ctx.rows(`SELECT order_id FROM orders ORDER BY 1`);
    expect(ids.map((x) => String(x['order_id']).replace(/^[0-9a-f]{12}-/, ''))).toEqual(['2', '3']);
  });
});
