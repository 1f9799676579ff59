import { describe, expect, it } from 'vitest';
import { listImports } from '../../src/store/index.ts';
import { mapHeaders } from '../../src/ingest/index.ts';
import { planTypedRead } from '../../src/ingest/typed-read.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

const CLEAN = [
  'order_id,customer_id,ts,revenue,items,channel,store',
  'A1,00004,2024-03-01 10:00:00,1234.50,2,site,Центр',
  'A1,00004,2024-03-01 10:00:00,765.50,1,site,Центр',
  'A2, 00017 ,2024-03-02,2000,3,shop,Север',
].join('\n');

const SUMS = `SELECT count(*) AS lines, count(DISTINCT order_id) AS orders, sum(revenue) AS revenue,
  sum(items) AS items FROM orders`;

describe('direct load (clean files go straight into the table)', () => {
  const ctx = useWarehouse();

  it('takes the direct path for a clean file and stores the same values as the staged path', async () => {
    const direct = await ctx.import({ file: ctx.write('clean.csv', CLEAN), table: 'orders' });
    expect(direct).toMatchObject({ status: 'imported', loadPath: 'direct', rowsRead: 3, rowsInserted: 3 });
    const viaDirect = await ctx.rows('SELECT * EXCLUDE (_import_id) FROM orders ORDER BY ALL');
    // A «₽» in one amount sends the same rows down the staged path.
    const rouble = CLEAN.replace('2000,3', '2000 ₽,3');
    const staged = await ctx.import({ file: ctx.write('rouble.csv', rouble), table: 'orders' });
    expect(staged).toMatchObject({ status: 'imported', loadPath: 'staged', rowsReplaced: 3 });
    const viaStaged = await ctx.rows('SELECT * EXCLUDE (_import_id) FROM orders ORDER BY ALL');
    expect(viaDirect).toEqual(viaStaged);
    expect(viaDirect.map((r) => r['customer_id'])).toContain('00017');
  });

  it('reads a Russian export with decimal commas and dotted dates directly when every value is plain', async () => {
    const file = ctx.write(
      'ru.csv',
      [
        'Номер заказа;Клиент;Дата;Сумма;Количество',
        '1;00004;01.03.2024;1234,50;2',
        '2;00017;02.03.2024;99;1',
      ].join('\n'),
    );
    const r = await ctx.import({ file, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', loadPath: 'direct', rowsInserted: 2 });
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 2, orders: 2, revenue: 1333.5, items: 3 }]);
  });

  it('falls back to the staged path, which reports the row, when a late row breaks a rule', async () => {
    const lines = ['order_id,customer_id,ts,revenue'];
    for (let i = 1; i <= 600; i++) lines.push(`O${i},C${i},2024-03-01,${i}.00`);
    lines.push('O601,C601,2024-03-01,-5.00');
    const r = await ctx.import({ file: ctx.write('late.csv', lines.join('\n')), table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([expect.objectContaining({ row: 602, column: 'revenue', value: '-5.00' })]);
    expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
  });

  it('falls back when a late value does not parse as the head suggested, and still imports', async () => {
    const lines = ['order_id,customer_id,ts,revenue'];
    for (let i = 1; i <= 600; i++) lines.push(`O${i},C${i},2024-03-01,${i}.00`);
    lines.push('O601,C601,01.03.2024,"1 000.00"');
    const r = await ctx.import({ file: ctx.write('mixed.csv', lines.join('\n')), table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', loadPath: 'staged', rowsInserted: 601 });
  });

  it('rejects order lines that disagree on the customer, with nothing written', async () => {
    const bad = CLEAN.replace('A1,00004,2024-03-01 10:00:00,765.50', 'A1,00009,2024-03-01 10:00:00,765.50');
    const r = await ctx.import({ file: ctx.write('conflict.csv', bad), table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors[0]).toMatchObject({ row: 3, column: 'customer_id', value: '00009' });
    expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
  });

  it('rejects duplicate spend keys found after the direct insert and keeps stored rows', async () => {
    const ok = ctx.write('spend.csv', 'date,channel,amount\n2024-03-01,site,100\n2024-03-02,site,50\n');
    expect(await ctx.import({ file: ok, table: 'spend' })).toMatchObject({ loadPath: 'direct' });
    const before = await ctx.snapshot();
    const dup = ctx.write('dup.csv', 'date,channel,amount\n2024-03-03,site,1\n2024-03-03,site,2\n');
    const r = await ctx.import({ file: dup, table: 'spend' });
    expect(r.status).toBe('rejected');
    expect(r.errors[0]).toMatchObject({ row: 3 });
    expect(await ctx.snapshot()).toEqual(before);
  });

  it('replaces stored orders by id on a re-import and skips the identical file', async () => {
    const file = ctx.write('clean.csv', CLEAN);
    await ctx.import({ file, table: 'orders' });
    const again = await ctx.import({ file, table: 'orders' });
    expect(again.status).toBe('skipped');
    const changed = ctx.write('changed.csv', CLEAN.replace('2000,3', '2500,3'));
    const r = await ctx.import({ file: changed, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', loadPath: 'direct', rowsReplaced: 3, rowsInserted: 3 });
    expect(await ctx.rows(SUMS)).toEqual([{ lines: 3, orders: 2, revenue: 4500, items: 6 }]);
    expect(listImports(ctx.store).map((i) => i.status)).toEqual(['imported', 'skipped', 'imported']);
  });

  it('keeps the staged path for files without order ids (ids come from the file hash)', async () => {
    const file = ctx.write('noid.csv', 'customer_id,ts,revenue\nC1,2024-03-01,10\n');
    expect(await ctx.import({ file, table: 'orders' })).toMatchObject({ loadPath: 'staged' });
  });

  it('imports the Russian sample export (spaces and «руб.» in amounts) through the staged path', async () => {
    const r = await ctx.import({ file: ctx.write('orders.csv', RUSSIAN_ORDERS), table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', loadPath: 'staged', rowsInserted: 4 });
  });
});

describe('planTypedRead', () => {
  const headers = ['Номер', 'Клиент', 'Дата', 'Сумма', 'Кол-во'];
  const mapping = mapHeaders('orders', headers, {
    Номер: 'order_id',
    Клиент: 'customer_id',
    Дата: 'ts',
    Сумма: 'revenue',
    'Кол-во': 'items',
  });
  const plan = (rows: string[][], delimiter = ';') => planTypedRead('orders', 5, mapping, rows, delimiter);

  it('types dates from the sample; ids and numbers stay text (numbers are parsed strictly in SQL)', () => {
    expect(plan([['1', '00004', '01.03.2024 0:05:00', '12,5', '2']])).toEqual({
      types: ['varchar', 'varchar', 'timestamp', 'varchar', 'varchar'],
      decimalSeparator: ',',
      timestampFormat: '%d.%m.%Y %H:%M:%S',
      dateFormat: undefined,
    });
  });

  it('gives up on mixed separators, mixed date layouts, spaces and currency in numbers', () => {
    expect(
      plan([
        ['1', 'a', '2024-03-01', '12,5', '1'],
        ['2', 'b', '2024-03-01', '1.5', '1'],
      ]),
    ).toBeNull();
    expect(
      plan([
        ['1', 'a', '2024-03-01', '1', '1'],
        ['2', 'b', '01.03.2024', '1', '1'],
      ]),
    ).toBeNull();
    expect(plan([['1', 'a', '2024-03-01', '1 000', '1']])).toBeNull();
    expect(plan([['1', 'a', '2024-03-01', '100 ₽', '1']])).toBeNull();
    expect(plan([['1', 'a', '2024-03-01', '1,5', '1']], ',')).toBeNull();
  });
});
