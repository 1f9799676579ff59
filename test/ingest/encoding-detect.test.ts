import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/ingest/encoding.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

/** Orders with Russian names: what a KOI8-R export from an old 1C or a Unix box looks like. */
const NAMES = ['Москва Ирина', 'Петров Иван', 'Сидорова Мария', 'Кошкин Олег', 'Ёлкина Анна'];
const RUSSIAN = [
  'Номер заказа;Клиент;Дата;Сумма;Канал',
  ...NAMES.map((n, i) => `${i + 1};${n};0${i + 1}.03.2024;${(i + 1) * 100},00;Яндекс Директ`),
].join('\n');
const LATIN = [
  'order_id;customer_id;ts;revenue;channel',
  '1;Café René;2024-03-01;5.00;Presse écrite',
  '2;Müller Straße;2024-03-02;7.50;Télévision',
  '3;José Pérez;2024-03-03;9.00;Publicité',
].join('\n');

describe('§2 encodings are detected by a library made for it, and named', () => {
  const ctx = useWarehouse();

  it('KOI8-R is read as KOI8-R, not as Windows-1251 mojibake («нПУЛЧБ иЙНЛЙ»)', async () => {
    const file = ctx.write('koi8.csv', iconv.encode(RUSSIAN, 'koi8-r'));
    const r = await ctx.import({ file, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', encoding: 'koi8-r', rowsInserted: 5 });
    expect(r.warnings.join('\n')).toMatch(/read as KOI8-R/);
    const stored = await ctx.rows('SELECT customer_id, channel FROM orders ORDER BY order_id');
    expect(stored.map((s) => s['customer_id'])).toEqual(NAMES);
    expect(stored[0]!['channel']).toBe('Яндекс Директ');
  });

  it('Latin-1 is read as Latin-1 (Windows-1252), not as Windows-1251', async () => {
    const file = ctx.write('latin.csv', iconv.encode(LATIN, 'latin1'));
    const r = await ctx.import({ file, table: 'orders', lang: 'ru' });
    expect(r).toMatchObject({ status: 'imported', encoding: 'windows-1252', rowsInserted: 3 });
    expect(r.warnings.join('\n')).toMatch(/прочитан в кодировке Windows-1252 \(Latin-1\)/);
    const stored = await ctx.rows('SELECT customer_id FROM orders ORDER BY order_id');
    expect(stored.map((s) => s['customer_id'])).toEqual(['Café René', 'Müller Straße', 'José Pérez']);
  });

  it('Windows-1251 is still read as Windows-1251, and says so', async () => {
    const r = await ctx.import({
      file: ctx.write('cp.csv', iconv.encode(RUSSIAN, 'win1251')),
      table: 'orders',
    });
    expect(r).toMatchObject({ status: 'imported', encoding: 'windows-1251' });
    expect(r.warnings.join('\n')).toMatch(/read as Windows-1251/);
    const stored = await ctx.rows('SELECT customer_id FROM orders ORDER BY order_id');
    expect(stored.map((s) => s['customer_id'])).toEqual(NAMES);
  });

  it('refuses when unsure: a few capital words give the statistics nothing to go on', async () => {
    const caps = 'ДАТА;КЛИЕНТ;СУММА\n01.03.2024;ООО РОМАШКА;100\n';
    const file = ctx.write('caps.csv', iconv.encode(caps, 'koi8-r'));
    await expect(ctx.import({ file, table: 'orders' })).rejects.toMatchObject({ code: 'unknown_encoding' });
    expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
  });

  it('detectEncoding names each encoding it reads', () => {
    expect(detectEncoding(Buffer.from(RUSSIAN_ORDERS))).toBe('utf-8');
    expect(detectEncoding(iconv.encode(RUSSIAN_ORDERS, 'win1251'))).toBe('windows-1251');
    expect(detectEncoding(iconv.encode(RUSSIAN_ORDERS, 'koi8-r'))).toBe('koi8-r');
    expect(detectEncoding(iconv.encode(RUSSIAN, 'koi8-r'))).toBe('koi8-r');
    expect(detectEncoding(iconv.encode(LATIN, 'win1252'))).toBe('windows-1252');
  });
});

describe('§2 short Cyrillic files: the case of their words decides between Windows-1251 and KOI8-R', () => {
  // Russian headers, ids and numbers, one short Cyrillic value: jschardet scores such a file
  // 0.03 whichever encoding it is in, which alone would refuse a plain Windows-1251 export.
  const SHORT = [
    'Номер заказа;Клиент;Дата;Сумма;Количество;Магазин',
    'g0-1;c44;15.03.2024;"4 088,31";3;Юг',
    'g0-2;c25;07.03.2024;"279,52";4;Центр',
    'g0-3;c48;10.03.2024;"2 726,24";1;Юг',
  ].join('\n');

  it('a short Windows-1251 export is read as Windows-1251, not refused', () => {
    expect(detectEncoding(iconv.encode(SHORT, 'win1251'))).toBe('windows-1251');
  });

  it('the same file in KOI8-R is read as KOI8-R', () => {
    expect(detectEncoding(iconv.encode(SHORT, 'koi8-r'))).toBe('koi8-r');
  });

  it('capitals only still give no verdict in either encoding', () => {
    const caps = 'ДАТА;КЛИЕНТ;СУММА\n01.03.2024;ООО РОМАШКА;100\n';
    expect(detectEncoding(iconv.encode(caps, 'win1251'))).toBeNull();
    expect(detectEncoding(iconv.encode(caps, 'koi8-r'))).toBeNull();
  });
});
