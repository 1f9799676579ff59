import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseRecords } from '../../src/ingest/csv-sniff.ts';
import { detectEncoding } from '../../src/ingest/encoding.ts';
import { findHeaderRow } from '../../src/ingest/header-row.ts';

describe('detectEncoding', () => {
  const text = 'Дата;Клиент;Сумма\n01.03.2024;Иван Петров;1 234,50\n';
  it('recognises UTF-8, UTF-8 with BOM and Windows-1251', () => {
    expect(detectEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectEncoding(Buffer.from(`\uFEFF${text}`))).toBe('utf-8-bom');
    expect(detectEncoding(iconv.encode(text, 'win1251'))).toBe('windows-1251');
  });
  it('tolerates a multi-byte character cut at the end of the sample', () => {
    expect(detectEncoding(Buffer.from(text).subarray(0, 2))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('ab' + 'Д').subarray(0, 3))).toBe('utf-8');
  });
  it('refuses UTF-16 and random bytes', () => {
    expect(detectEncoding(iconv.encode(text, 'utf16le', { addBOM: true }))).toBeNull();
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(detectEncoding(random)).toBeNull();
  });
});

describe('parseRecords / detectDelimiter', () => {
  it('respects quotes around delimiters, quotes and newlines', () => {
    const recs = parseRecords('a;"b;c";"say ""hi"""\n"multi\nline";2\n', ';', 10);
    expect(recs.map((r) => r.cells)).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
    expect(recs.map((r) => r.linesThrough)).toEqual([1, 3]);
  });
  it('drops a record cut by the end of an incomplete sample', () => {
    expect(parseRecords('a,b\nc,d\ne,', ',', 10, false).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('prefers ; over a decimal comma, and finds tabs and commas', () => {
    expect(detectDelimiter('Дата;Сумма;Клиент\n01.03.2024;1,5;a\n02.03.2024;2,5;b\n', true)).toBe(';');
    expect(detectDelimiter('date\tamount\n2024-03-01\t1.5\n', true)).toBe('\t');
    expect(detectDelimiter('"Расход, ₽",date\n1,2024\n', true)).toBe(',');
  });
});

describe('findHeaderRow', () => {
  it('skips report title rows (Яндекс Директ has four)', () => {
    const text =
      'Статистика\nпо дням\n\nКампания: все\nДата;Кампания;Показы;Клики;Расход (руб.)\n01.03.2024;A;1;1;1\n';
    const recs = parseRecords(text, ';', 20);
    expect(findHeaderRow(recs, 'spend')).toBe(4);
  });
  it('falls back to the first wide row when nothing matches', () => {
    expect(findHeaderRow(parseRecords('title\nfoo;bar\n1;2\n', ';', 20), 'orders')).toBe(1);
  });
  it('never takes a data row for the header because one of its values is a synonym («Склад»)', () => {
    const text = 'Кто;Когда;Оплачено;Точка\nП-1;01.02.2026;100,50;Склад\n';
    expect(findHeaderRow(parseRecords(text, ';', 20), 'orders')).toBe(0);
  });
});
