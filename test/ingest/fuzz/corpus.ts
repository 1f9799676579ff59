import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Engine } from '../../../src/engines/engine.ts';
import type { TableName } from '../../../src/ingest/index.ts';
import {
  gridRows,
  longCellSheet,
  sheetXml,
  workbook,
  workbookWithSheet,
  type Cell,
  type SheetRow,
} from './xlsx.ts';
import { zip } from './zip.ts';
import { prng } from '../../core/formula/prng.ts';

/**
 * The import fuzz corpus: hostile and broken files, generated deterministically (a seeded
 * generator, no clock, no randomness from the machine) so a failure names a file anyone can
 * regenerate. Each file says whether a careful importer must take it ('good') or must refuse
 * it or warn about it ('bad').
 */
export interface FuzzCase {
  /** The file name, unique, with its extension (the format is read from it). */
  readonly name: string;
  /** What it exercises: the figures are printed per category. */
  readonly category: string;
  readonly table: TableName;
  readonly expect: 'good' | 'bad';
  readonly map?: Record<string, string>;
  /** The file's bytes; Parquet cases are written by the engine (COPY) and then damaged. */
  readonly bytes: (tools: CorpusTools) => Promise<Buffer>;
}

/** What a case may use to make its bytes: a scratch engine and a directory for its files. */
export interface CorpusTools {
  readonly engine: Engine;
  readonly dir: string;
}

/** The seeded generator the property tests use: the same corpus on every machine. */
const rng = prng;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const HEAD = ['Номер заказа', 'Клиент', 'Дата', 'Сумма', 'Количество', 'Магазин'];
const STORES = ['Центр', 'Север', 'Юг', 'Запад'];

/** Good order rows: `n` rows, ids unique to `tag`, amounts with decimal commas and spaces. */
function orderRows(tag: string, n: number, seed: number): string[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const rub = 1 + Math.floor(r() * 20_000);
    const kop = Math.floor(r() * 100);
    const day = 1 + Math.floor(r() * 28);
    return [
      `${tag}-${i + 1}`,
      `c${Math.floor(r() * 50)}`,
      `${String(day).padStart(2, '0')}.03.2024`,
      `${rub.toLocaleString('ru-RU').replace(/\s/g, ' ')},${String(kop).padStart(2, '0')}`,
      String(1 + Math.floor(r() * 5)),
      pick(r, STORES),
    ];
  });
}

/** Delimited text: a cell holding the delimiter, a quote or a line break is quoted. */
function delimited(rows: ReadonlyArray<readonly string[]>, d = ';'): string {
  const cell = (c: string): string => (/[";\n,\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return rows.map((row) => row.map(cell).join(d)).join('\n') + '\n';
}

const utf8 = (s: string): Promise<Buffer> => Promise.resolve(Buffer.from(s, 'utf8'));
const csv =
  (rows: ReadonlyArray<readonly string[]>, d = ';'): (() => Promise<Buffer>) =>
  () =>
    utf8(delimited(rows, d));

type Add = (c: Omit<FuzzCase, 'table'> & { table?: TableName }) => void;

/** Every case of the corpus, in a fixed order. */
export function corpus(): FuzzCase[] {
  const out: FuzzCase[] = [];
  const add: Add = (c) => out.push({ table: 'orders', ...c });
  goodFiles(add);
  encodings(add);
  quotes(add);
  truncation(add);
  rowShapes(add);
  values(add);
  widths(add);
  hugeFields(add);
  headers(add);
  sparseXlsx(add);
  damagedXlsx(add);
  xlsxBombs(add);
  formulaCells(add);
  parquetFiles(add);
  otherTables(add);
  const names = new Set(out.map((c) => c.name));
  if (names.size !== out.length) throw new Error('corpus: duplicate file names');
  return out;
}

function goodFiles(add: Add): void {
  for (let s = 0; s < 4; s++) {
    const rows = [HEAD, ...orderRows(`g${s}`, 20 + s * 7, 100 + s)];
    add({ name: `good-semicolon-${s}.csv`, category: 'good', expect: 'good', bytes: csv(rows) });
    add({
      name: `good-tab-${s}.tsv`,
      category: 'good',
      expect: 'good',
      bytes: csv(
        rows.map((r) => r.map((c) => c)),
        '\t',
      ),
    });
    add({
      name: `good-cp1251-${s}.csv`,
      category: 'good',
      expect: 'good',
      bytes: () => Promise.resolve(iconv.encode(delimited(rows), 'win1251')),
    });
    add({
      name: `good-bom-${s}.csv`,
      category: 'good',
      expect: 'good',
      bytes: () =>
        Promise.resolve(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(delimited(rows))])),
    });
    const point = rows.map((r, i) =>
      i === 0
        ? r
        : [
            r[0]!,
            r[1]!,
            '2024-03-0' + (1 + (i % 9)),
            r[3]!.replace(/ /g, '').replace(',', '.'),
            r[4]!,
            r[5]!,
          ],
    );
    add({ name: `good-comma-${s}.csv`, category: 'good', expect: 'good', bytes: csv(point, ',') });
    add({
      name: `good-title-total-${s}.csv`,
      category: 'good',
      expect: 'good',
      bytes: csv([['Отчёт о продажах за март'], [''], ...rows, ['Итого', '', '', '999 999,00', '', '']]),
    });
    add({
      name: `good-quoted-${s}.csv`,
      category: 'good',
      expect: 'good',
      bytes: csv(
        rows.map((r, i) =>
          i === 0 ? r : [r[0]!, `ООО "Ромашка; и К" ${i}`, r[2]!, r[3]!, r[4]!, `${r[5]!}\nкорпус ${i}`],
        ),
      ),
    });
  }
}

function encodings(add: Add): void {
  for (let s = 0; s < 4; s++) {
    const text = delimited([HEAD, ...orderRows(`e${s}`, 15, 200 + s)]);
    add({
      name: `enc-koi8r-${s}.csv`,
      category: 'koi8r-latin1',
      expect: 'good',
      bytes: () => Promise.resolve(iconv.encode(text, 'koi8-r')),
    });
    // Latin-1 text: a Western export with English headers and accented names, which cp1251 would
    // misread.
    const latin = delimited([
      ['order_id', 'customer_id', 'date', 'revenue', 'items', 'store'],
      ...orderRows(`l${s}`, 15, 300 + s).map((r, i) => [
        r[0]!,
        ['Café René', 'Müller Straße', 'José Pérez'][i % 3]!,
        r[2]!,
        r[3]!,
        r[4]!,
        i % 2 ? 'Presse écrite' : 'Télévision',
      ]),
    ]);
    add({
      name: `enc-latin1-${s}.csv`,
      category: 'koi8r-latin1',
      expect: 'good',
      bytes: () => Promise.resolve(iconv.encode(latin, 'latin1')),
    });
    add({
      name: `enc-utf16le-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () => Promise.resolve(iconv.encode(text, 'utf16le', { addBOM: true })),
    });
    add({
      name: `enc-utf16be-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () => Promise.resolve(iconv.encode(text, 'utf16be', { addBOM: s % 2 === 0 })),
    });
    const r = rng(300 + s);
    add({
      name: `enc-random-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () =>
        Promise.resolve(Buffer.from(Array.from({ length: 512 + s * 4096 }, () => Math.floor(r() * 256)))),
    });
    add({
      name: `enc-nul-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () => {
        const b = Buffer.from(text);
        b[Math.floor(b.length / (2 + s))] = 0;
        return Promise.resolve(b);
      },
    });
    // Bad bytes where the head no longer sees them: DuckDB meets them mid-file.
    add({
      name: `enc-late-bytes-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () => {
        const body = delimited([HEAD, ...orderRows(`l${s}`, 9000 + s * 1500, 400 + s)]);
        const bad = iconv.encode(`l${s}-x;клиент;01.03.2024;5;1;Юг\n`, 'win1251');
        return Promise.resolve(Buffer.concat([Buffer.from(body), bad]));
      },
    });
    // A UTF-8 file with one cp1251 row inside the head.
    add({
      name: `enc-mixed-head-${s}.csv`,
      category: 'encoding',
      expect: 'bad',
      bytes: () => {
        const lines = delimited([HEAD, ...orderRows(`m${s}`, 10, 500 + s)]).split('\n');
        const at = 2 + s;
        return Promise.resolve(
          Buffer.concat(
            lines.map((l, i) => (i === at ? iconv.encode(`${l}Ж\n`, 'win1251') : Buffer.from(`${l}\n`))),
          ),
        );
      },
    });
  }
}

function quotes(add: Add): void {
  for (let s = 0; s < 12; s++) {
    const rows = [HEAD, ...orderRows(`q${s}`, 12, 600 + s)];
    const at = 1 + (s % 11);
    const col = s % HEAD.length;
    const broken = rows.map((r, i) => (i === at ? r.map((c, j) => (j === col ? `"${c}` : c)) : r));
    add({
      name: `quote-unterminated-${s}.csv`,
      category: 'unterminated-quote',
      expect: 'bad',
      bytes: () => utf8(broken.map((r) => r.join(';')).join('\n') + '\n'),
    });
  }
  for (let s = 0; s < 6; s++) {
    const rows = [HEAD, ...orderRows(`t${s}`, 10, 700 + s)];
    const at = 1 + s;
    const col = (s + 1) % HEAD.length;
    const lines = rows.map((r, i) => r.map((c, j) => (i === at && j === col ? `"${c}"x${s}` : c)).join(';'));
    add({
      name: `quote-text-after-${s}.csv`,
      category: 'text-after-quote',
      expect: 'bad',
      bytes: () => utf8(lines.join('\n') + '\n'),
    });
  }
  for (let s = 0; s < 4; s++) {
    const rows = [HEAD, ...orderRows(`d${s}`, 10, 800 + s)].map((r, i) =>
      i === 0 ? r : [r[0]!, `Имя ""с кавычками"" ${s}`, r[2]!, r[3]!, r[4]!, r[5]!],
    );
    add({
      name: `quote-doubled-${s}.csv`,
      category: 'quotes',
      expect: 'good',
      bytes: () =>
        utf8(
          rows.map((r) => r.map((c, j) => (j === 1 && c.includes('"') ? `"${c}"` : c)).join(';')).join('\n') +
            '\n',
        ),
    });
  }
}

function truncation(add: Add): void {
  const text = delimited([HEAD, ...orderRows('tr', 40, 900)]);
  const r = rng(901);
  for (let s = 0; s < 16; s++) {
    // Cut inside a line (never just after a line break, which leaves a whole, valid file).
    let at = Math.floor(text.length * (0.2 + r() * 0.75));
    while (text[at - 1] === '\n' || text[at] === '\n') at--;
    add({
      name: `truncated-${s}.csv`,
      category: 'truncation',
      expect: 'bad',
      bytes: () => utf8(text.slice(0, at)),
    });
  }
}

function rowShapes(add: Add): void {
  for (let s = 0; s < 6; s++) {
    const rows = [HEAD, ...orderRows(`s${s}`, 10, 1000 + s)];
    const at = 2 + s;
    add({
      name: `short-row-${s}.csv`,
      category: 'short-rows',
      expect: 'bad',
      bytes: csv(rows.map((row, i) => (i === at ? row.slice(0, 4 + (s % 2)) : row))),
    });
    add({
      name: `extra-cells-${s}.csv`,
      category: 'extra-cells',
      expect: 'bad',
      bytes: csv(rows.map((row, i) => (i === at ? [...row, 'лишнее', ...(s > 2 ? ['ещё'] : [])] : row))),
    });
  }
  // A narrow header over data rows thousands of cells wide.
  add({
    name: 'extra-cells-wide-rows.csv',
    category: 'extra-cells',
    expect: 'bad',
    bytes: () =>
      utf8(
        delimited([
          HEAD,
          ...orderRows('xw', 5, 1100).map((row) => [...row, ...Array.from({ length: 5000 }, () => 'z')]),
        ]),
      ),
  });
}

function values(add: Add): void {
  const variants: Array<[string, string, number, string]> = [
    // [category, file tag, column, bad value]
    ['sub-kopeck', 'kopeck-a', 3, '100,125'],
    ['sub-kopeck', 'kopeck-b', 3, '0.001'],
    ['sub-kopeck', 'kopeck-c', 3, '1 234,5678'],
    ['sub-kopeck', 'kopeck-d', 3, '99,999'],
    ['tz-offset', 'tz-a', 2, '2024-03-01T10:00:00+03:00'],
    ['tz-offset', 'tz-b', 2, '2024-03-01 10:00:00Z'],
    ['tz-offset', 'tz-c', 2, '2024-03-01T23:30:00-05:00'],
    ['tz-offset', 'tz-d', 2, '01.03.2024 10:00 +0300'],
    ['underscore-number', 'us-a', 3, '1_000'],
    ['underscore-number', 'us-b', 3, '12_500,50'],
    ['underscore-number', 'us-c', 4, '1_0'],
    ['underscore-number', 'us-d', 3, '_100'],
    ['values', 'negative-a', 3, '-100'],
    ['values', 'negative-b', 4, '-2'],
    ['values', 'negative-c', 3, '-0,01'],
    ['values', 'text-money-a', 3, 'сто рублей'],
    ['values', 'text-money-b', 3, '12a'],
    ['values', 'text-money-c', 4, 'два'],
    ['values', 'bad-date-a', 2, '31.02.2024'],
    ['values', 'bad-date-b', 2, 'вчера'],
    ['values', 'bad-date-c', 2, '2024-13-01'],
    ['values', 'overflow-a', 3, '1e30'],
    ['values', 'overflow-b', 3, '9'.repeat(40)],
    ['values', 'overflow-c', 4, '99999999999999999999999'],
    ['values', 'nan-a', 3, 'NaN'],
    ['values', 'nan-b', 3, 'Infinity'],
    ['values', 'nan-c', 3, '-inf'],
    ['values', 'missing-a', 1, ''],
    ['values', 'missing-b', 2, ''],
    ['values', 'missing-c', 3, '   '],
  ];
  variants.forEach(([category, tag, col, value], s) => {
    const rows = [HEAD, ...orderRows(tag, 12, 1200 + s)];
    const at = 1 + (s % 12);
    const bad = rows.map((r, i) => (i === at ? r.map((c, j) => (j === col ? value : c)) : r));
    add({ name: `value-${tag}.csv`, category, expect: 'bad', bytes: csv(bad) });
  });
}

function widths(add: Add): void {
  const wide = (n: number, d: string, prefix = 'x'): string => {
    const head = [
      'order_id',
      'customer_id',
      'ts',
      'revenue',
      ...Array.from({ length: n - 4 }, (_, i) => `${prefix}${i}`),
    ];
    const rows = Array.from({ length: 20 }, (_, r) => [
      `w${n}-${r}`,
      `c${r}`,
      '2024-03-01',
      '100',
      ...Array.from({ length: n - 4 }, () => 'v'),
    ]);
    return delimited([head, ...rows], d);
  };
  for (const n of [257, 300, 500, 1000, 10_000])
    add({ name: `wide-${n}.csv`, category: 'width', expect: 'bad', bytes: () => utf8(wide(n, ',')) });
  add({ name: 'wide-500.tsv', category: 'width', expect: 'bad', bytes: () => utf8(wide(500, '\t')) });
  add({
    name: 'wide-dims-65.csv',
    category: 'width',
    expect: 'bad',
    bytes: () => utf8(wide(4 + 65, ';', 'dim')),
  });
  add({
    name: 'wide-dims-120.csv',
    category: 'width',
    expect: 'bad',
    bytes: () => utf8(wide(4 + 120, ';', 'dim')),
  });
  add({
    name: 'wide-dims-8.csv',
    category: 'width',
    expect: 'good',
    bytes: () => utf8(wide(4 + 8, ';', 'extra')),
  });
  add({
    name: 'wide-leads-256.csv',
    category: 'width',
    table: 'leads',
    expect: 'good',
    bytes: () => {
      const head = ['lead_id', 'ts', 'status', 'channel', ...Array.from({ length: 252 }, (_, i) => `x${i}`)];
      const rows = Array.from({ length: 20 }, (_, r) => [
        `L${r}`,
        '2024-03-01',
        'won',
        'ads',
        ...Array.from({ length: 252 }, () => 'v'),
      ]);
      return utf8(delimited([head, ...rows], ','));
    },
  });
}

function hugeFields(add: Add): void {
  const rows = [HEAD, ...orderRows('h', 10, 1300)];
  const withCell =
    (col: number, value: string, quoted: boolean): (() => Promise<Buffer>) =>
    () =>
      utf8(
        rows
          .map((r, i) =>
            r.map((c, j) => (i === 5 && j === col ? (quoted ? `"${value}"` : value) : c)).join(';'),
          )
          .join('\n') + '\n',
      );
  add({
    name: 'huge-line-revenue.csv',
    category: 'huge-field',
    expect: 'bad',
    bytes: withCell(3, '7'.repeat(2_500_000), false),
  });
  add({
    name: 'huge-line-store.csv',
    category: 'huge-field',
    expect: 'bad',
    bytes: withCell(5, 'Ц'.repeat(1_100_000), false),
  });
  add({
    name: 'huge-quoted-field.csv',
    category: 'huge-field',
    expect: 'bad',
    bytes: withCell(5, 'ab;'.repeat(900_000), true),
  });
  add({
    name: 'huge-id.csv',
    category: 'huge-field',
    expect: 'bad',
    bytes: withCell(0, 'n'.repeat(2_100_000), false),
  });
  // Large but under the 2 MB line: a long product description is data, not an attack.
  add({
    name: 'big-store-name.csv',
    category: 'huge-field',
    expect: 'good',
    bytes: withCell(5, 'Магазин '.repeat(40_000), false),
  });
  add({
    name: 'huge-header-cell.csv',
    category: 'huge-field',
    expect: 'bad',
    bytes: () =>
      utf8(`${HEAD.join(';')};${'Заголовок'.repeat(40_000)}\n${delimited(orderRows('hh', 3, 1301))}`),
  });
}

function headers(add: Add): void {
  const rows = orderRows('hd', 8, 1400);
  add({
    name: 'header-missing-revenue.csv',
    category: 'headers',
    expect: 'bad',
    bytes: csv([HEAD.map((h) => (h === 'Сумма' ? 'Примечание' : h)), ...rows]),
  });
  add({ name: 'header-none.csv', category: 'headers', expect: 'bad', bytes: csv(rows) });
  add({ name: 'header-only.csv', category: 'headers', expect: 'bad', bytes: csv([HEAD]) });
  add({ name: 'header-empty-file.csv', category: 'headers', expect: 'bad', bytes: () => utf8('') });
  add({
    name: 'header-bom-only.csv',
    category: 'headers',
    expect: 'bad',
    bytes: () => Promise.resolve(Buffer.from([0xef, 0xbb, 0xbf])),
  });
  add({
    name: 'header-blank-lines.csv',
    category: 'headers',
    expect: 'bad',
    bytes: () => utf8('\n\n  \n;;;\n'),
  });
  add({
    name: 'header-duplicate.csv',
    category: 'headers',
    expect: 'good',
    bytes: csv([[...HEAD, 'Сумма'], ...rows.map((r) => [...r, '1'])]),
  });
  add({
    name: 'header-blank-cell.csv',
    category: 'headers',
    expect: 'good',
    bytes: csv([[...HEAD, ''], ...rows.map((r) => [...r, 'x'])]),
  });
}

const xlsxHead: Cell[] = ['order_id', 'customer_id', 'ts', 'revenue'].map((v, i) => ({
  col: i + 1,
  value: v,
}));
const xlsxRow = (r: number, id: string, revenue: Cell | number = 100): SheetRow => ({
  r,
  cells: [
    { col: 1, value: id },
    { col: 2, value: `c${r}` },
    { col: 3, value: '2024-03-01' },
    typeof revenue === 'number' ? { col: 4, value: revenue } : { ...revenue, col: 4 },
  ],
});

function sparseXlsx(add: Add): void {
  const base = (tag: string): SheetRow[] => [
    { r: 1, cells: xlsxHead },
    xlsxRow(2, `${tag}-1`),
    xlsxRow(3, `${tag}-2`),
  ];
  for (const n of [1_048_577, 20_000_000, 2_000_000_000]) {
    add({
      name: `sparse-row-${n}.xlsx`,
      category: 'sparse-xlsx',
      expect: 'bad',
      bytes: () => Promise.resolve(workbook([...base(`r${n}`), xlsxRow(n, `r${n}-far`)])),
    });
  }
  for (const col of [257, 1000, 16_384]) {
    const rows = base(`c${col}`);
    rows[0] = { r: 1, cells: [...xlsxHead, { col, value: 'Примечание' }] };
    add({
      name: `sparse-col-${col}.xlsx`,
      category: 'sparse-xlsx',
      expect: 'bad',
      bytes: () => Promise.resolve(workbook(rows)),
    });
    const data = base(`d${col}`);
    data[2] = { ...data[2]!, cells: [...data[2]!.cells, { col, value: 'x' }] };
    add({
      name: `sparse-data-col-${col}.xlsx`,
      category: 'sparse-xlsx',
      expect: 'bad',
      bytes: () => Promise.resolve(workbook(data)),
    });
  }
  add({
    name: 'sparse-gap-good.xlsx',
    category: 'sparse-xlsx',
    expect: 'good',
    bytes: () => Promise.resolve(workbook([...base('gap'), xlsxRow(50_000, 'gap-far')])),
  });
  add({
    name: 'sparse-out-of-order.xlsx',
    category: 'sparse-xlsx',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(workbook([{ r: 1, cells: xlsxHead }, xlsxRow(5, 'ooo-1'), xlsxRow(3, 'ooo-2')])),
  });
  add({
    name: 'sparse-repeated-row.xlsx',
    category: 'sparse-xlsx',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(workbook([{ r: 1, cells: xlsxHead }, xlsxRow(2, 'rep-1'), xlsxRow(2, 'rep-2')])),
  });
  add({
    name: 'sparse-no-row-number.xlsx',
    category: 'sparse-xlsx',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(
        workbookWithSheet(
          sheetXml([{ r: 1, cells: xlsxHead }, xlsxRow(2, 'nr-1')]).replace('<row r="2">', '<row>'),
        ),
      ),
  });
  add({
    name: 'sparse-good.xlsx',
    category: 'sparse-xlsx',
    expect: 'good',
    bytes: () =>
      Promise.resolve(
        workbook(
          gridRows([
            ['order_id', 'customer_id', 'ts', 'revenue'],
            ['sg-1', 'c1', '2024-03-01', 10],
            ['sg-2', 'c2', '2024-03-02', 20.5],
          ]),
        ),
      ),
  });
}

/** Workbooks that would fill memory inside exceljs: packed too tightly, a cell too long, sizes that lie. */
function xlsxBombs(add: Add): void {
  add({
    name: 'xlsx-bomb-cell.xlsx',
    category: 'xlsx-bomb',
    expect: 'bad',
    bytes: () => Promise.resolve(workbookWithSheet(longCellSheet(20 * 1024 ** 2, 'repeated'))),
  });
  add({
    name: 'xlsx-long-cell.xlsx',
    category: 'xlsx-bomb',
    expect: 'bad',
    bytes: () => Promise.resolve(workbookWithSheet(longCellSheet(2 * 1024 ** 2, 'letters'))),
  });
  const sheet = sheetXml(
    gridRows([
      ['order_id', 'customer_id', 'ts', 'revenue'],
      ['xb-1', 'c1', '2024-03-01', 5],
    ]),
  );
  add({
    name: 'xlsx-huge-shared-strings.xlsx',
    category: 'xlsx-bomb',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(
        workbookWithSheet(sheet, { 'xl/sharedStrings.xml': '<sst/>' }, { 'xl/sharedStrings.xml': 1024 ** 3 }),
      ),
  });
  add({
    name: 'xlsx-size-lies.xlsx',
    category: 'xlsx-bomb',
    expect: 'bad',
    bytes: () => Promise.resolve(workbookWithSheet(sheet, {}, { 'xl/worksheets/sheet1.xml': 64 })),
  });
  add({
    name: 'xlsx-long-cell-good.xlsx',
    category: 'xlsx-bomb',
    expect: 'good',
    bytes: () => Promise.resolve(workbookWithSheet(longCellSheet(30_000, 'letters'))),
  });
}

function damagedXlsx(add: Add): void {
  const good = workbook(
    gridRows([
      ['order_id', 'customer_id', 'ts', 'revenue'],
      ...Array.from({ length: 30 }, (_, i) => [`dx-${i}`, `c${i}`, '2024-03-01', 10 + i]),
    ]),
  );
  const r = rng(1500);
  for (let s = 0; s < 16; s++) {
    const at = 10 + Math.floor(r() * (good.length - 20));
    add({
      name: `xlsx-truncated-${s}.xlsx`,
      category: 'damaged-xlsx',
      expect: 'bad',
      bytes: () => Promise.resolve(good.subarray(0, at)),
    });
  }
  add({
    name: 'xlsx-not-a-zip.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () => utf8('order_id;customer_id;ts;revenue\n1;2;2024-03-01;5\n'),
  });
  add({
    name: 'xlsx-empty.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () => Promise.resolve(Buffer.alloc(0)),
  });
  add({
    name: 'xlsx-html.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () => utf8('<html><table><tr><td>order_id</td></tr></table></html>'),
  });
  add({
    name: 'xlsx-no-sheet.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () => Promise.resolve(zip({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<x/>' })),
  });
  add({
    name: 'xlsx-bad-xml.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(
        workbookWithSheet(
          sheetXml(
            gridRows([
              ['order_id', 'customer_id', 'ts', 'revenue'],
              ['bx-1', 'c1', '2024-03-01', 5],
            ]),
          ).replace('</sheetData>', '<row r="9"><c r="A9"><v>1</c></sheetData>'),
        ),
      ),
  });
  add({
    name: 'xlsx-bad-cell-ref.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () =>
      Promise.resolve(
        workbookWithSheet(
          sheetXml(
            gridRows([
              ['order_id', 'customer_id', 'ts', 'revenue'],
              ['br-1', 'c1', '2024-03-01', 5],
            ]),
          ).replace('r="D2"', 'r="??"'),
        ),
      ),
  });
  add({
    name: 'xlsx-empty-sheet.xlsx',
    category: 'damaged-xlsx',
    expect: 'bad',
    bytes: () => Promise.resolve(workbook([])),
  });
}

function formulaCells(add: Add): void {
  const sheet = (tag: string, revenue: Cell, extra?: Cell): Buffer =>
    workbook([
      { r: 1, cells: [...xlsxHead, { col: 5, value: 'Магазин' }] },
      { r: 2, cells: [...xlsxRow(2, `${tag}-1`).cells, { col: 5, value: 'Центр' }] },
      {
        r: 3,
        cells: [
          ...xlsxRow(3, `${tag}-2`, revenue).cells,
          extra ? { ...extra, col: 5 } : { col: 5, value: 'Юг' },
        ],
      },
    ]);
  add({
    name: 'formula-cached.xlsx',
    category: 'formula',
    expect: 'good',
    bytes: () => Promise.resolve(sheet('fc', { col: 4, formula: 'D2*2', value: 200 })),
  });
  add({
    name: 'formula-cached-text-store.xlsx',
    category: 'formula',
    expect: 'good',
    bytes: () =>
      Promise.resolve(sheet('fs', { col: 4, value: 5 }, { col: 5, formula: 'E2', value: 'Центр' })),
  });
  add({
    name: 'formula-no-cache.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('fn', { col: 4, formula: 'D2*2' })),
  });
  add({
    name: 'formula-no-cache-sum.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('fm', { col: 4, formula: 'SUM(D2:D2)' })),
  });
  add({
    name: 'formula-div0.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('fd', { col: 4, formula: 'D2/0', error: '#DIV/0!' })),
  });
  add({
    name: 'formula-na.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('fa', { col: 4, error: '#N/A' })),
  });
  add({
    name: 'formula-value-error.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('fv', { col: 4, formula: 'A2+1', error: '#VALUE!' })),
  });
  add({
    name: 'formula-text-result.xlsx',
    category: 'formula',
    expect: 'bad',
    bytes: () => Promise.resolve(sheet('ft', { col: 4, formula: 'A2', value: 'fc-1' })),
  });
}

/** Parquet cases: written by the engine from a query, then cut or overwritten. */
function parquetFiles(add: Add): void {
  const rows = (n: number, tag: string): string =>
    `SELECT '${tag}-' || i AS order_id, 'c' || (i % 40) AS customer_id, TIMESTAMP '2024-03-01' + INTERVAL (i % 28) DAY AS ts,
            round(100 + (i * 37) % 5000 + 0.25, 2)::DOUBLE AS revenue, (1 + i % 4)::INTEGER AS items FROM range(${n}) t(i)`;
  const write = async (t: CorpusTools, name: string, query: string, codec = 'snappy'): Promise<Buffer> => {
    const path = join(t.dir, `src-${name}`);
    await t.engine.driver.exec(`COPY (${query}) TO '${path}' (FORMAT parquet, COMPRESSION ${codec})`);
    return readFileSync(path);
  };
  add({
    name: 'pq-good.parquet',
    category: 'parquet',
    expect: 'good',
    bytes: (t) => write(t, 'good', rows(500, 'pg')),
  });
  add({
    name: 'pq-good-zstd.parquet',
    category: 'parquet',
    expect: 'good',
    bytes: (t) => write(t, 'zstd', rows(300, 'pz'), 'zstd'),
  });
  for (let s = 0; s < 16; s++) {
    add({
      name: `pq-truncated-${s}.parquet`,
      category: 'damaged-parquet',
      expect: 'bad',
      bytes: async (t) => {
        const b = await write(t, `trunc${s}`, rows(2000, `pt${s}`));
        return b.subarray(0, Math.floor((b.length * (s + 1)) / 17));
      },
    });
  }
  for (let s = 0; s < 8; s++) {
    add({
      name: `pq-footer-${s}.parquet`,
      category: 'damaged-parquet',
      expect: 'bad',
      bytes: async (t) => {
        const b = Buffer.from(await write(t, `foot${s}`, rows(2000, `pf${s}`)));
        // The footer (schema, row groups) sits before its 4-byte length and the closing magic.
        const len = b.readUInt32LE(b.length - 8);
        const start = b.length - 8 - len;
        b.fill(0xff, start + Math.floor((len * s) / 8), start + Math.floor((len * (s + 1)) / 8));
        return b;
      },
    });
  }
  for (let s = 0; s < 4; s++) {
    add({
      name: `pq-magic-${s}.parquet`,
      category: 'damaged-parquet',
      expect: 'bad',
      bytes: async (t) => {
        const b = Buffer.from(await write(t, `magic${s}`, rows(100, `pm${s}`)));
        b.write('XXXX', s % 2 === 0 ? 0 : b.length - 4, 'latin1');
        if (s >= 2) b.writeUInt32LE(0x7fffffff, b.length - 8);
        return b;
      },
    });
  }
  for (let s = 0; s < 6; s++) {
    add({
      name: `pq-pages-${s}.parquet`,
      category: 'damaged-parquet',
      expect: 'bad',
      bytes: async (t) => {
        const b = Buffer.from(await write(t, `pages${s}`, rows(5000, `pp${s}`), 'zstd'));
        b.fill(0x41, 40 + s * 300, 40 + s * 300 + 1200);
        return b;
      },
    });
  }
  add({
    name: 'pq-not-parquet.parquet',
    category: 'damaged-parquet',
    expect: 'bad',
    bytes: () => utf8('order_id,customer_id\n1,2\n'),
  });
  add({
    name: 'pq-empty.parquet',
    category: 'damaged-parquet',
    expect: 'bad',
    bytes: () => Promise.resolve(Buffer.alloc(0)),
  });
  add({
    name: 'pq-wide-3000.parquet',
    category: 'width',
    expect: 'bad',
    bytes: (t) =>
      write(
        t,
        'wide',
        `SELECT 'pw' AS order_id, 'c' AS customer_id, DATE '2024-03-01' AS ts, 1.0 AS revenue, ${Array.from({ length: 2996 }, (_, i) => `'v' AS x${i}`).join(', ')}`,
      ),
  });
  add({
    name: 'pq-text-revenue.parquet',
    category: 'parquet',
    expect: 'bad',
    bytes: (t) =>
      write(
        t,
        'text',
        `SELECT 'px-' || i AS order_id, 'c' AS customer_id, DATE '2024-03-01' AS ts, CASE WHEN i = 3 THEN 'много' ELSE '5' END AS revenue FROM range(10) t(i)`,
      ),
  });
  add({
    name: 'pq-struct-revenue.parquet',
    category: 'parquet',
    expect: 'bad',
    bytes: (t) =>
      write(
        t,
        'struct',
        `SELECT 'ps-' || i AS order_id, 'c' AS customer_id, DATE '2024-03-01' AS ts, {'a': i} AS revenue FROM range(10) t(i)`,
      ),
  });
  add({
    name: 'pq-negative.parquet',
    category: 'parquet',
    expect: 'bad',
    bytes: (t) =>
      write(
        t,
        'neg',
        `SELECT 'pn-' || i AS order_id, 'c' AS customer_id, DATE '2024-03-01' AS ts, (5 - i)::DOUBLE AS revenue FROM range(10) t(i)`,
      ),
  });
  add({
    name: 'pq-nan.parquet',
    category: 'parquet',
    expect: 'bad',
    bytes: (t) =>
      write(
        t,
        'nan',
        `SELECT 'pa-' || i AS order_id, 'c' AS customer_id, DATE '2024-03-01' AS ts, CASE WHEN i = 2 THEN 'NaN'::DOUBLE ELSE 1.0 END AS revenue FROM range(10) t(i)`,
      ),
  });
}

function otherTables(add: Add): void {
  add({
    name: 'leads-good.csv',
    category: 'tables',
    table: 'leads',
    expect: 'good',
    bytes: csv([
      ['ID', 'Дата создания', 'Этап сделки', 'Источник'],
      ['101', '01.03.2024', 'Успешно реализовано', 'Сайт'],
      ['102', '02.03.2024', 'Закрыто и не реализовано', 'Директ'],
    ]),
  });
  add({
    name: 'leads-duplicate-id.csv',
    category: 'tables',
    table: 'leads',
    expect: 'bad',
    bytes: csv([
      ['ID', 'Дата создания', 'Этап сделки'],
      ['201', '01.03.2024', 'Новая'],
      ['201', '02.03.2024', 'Новая'],
    ]),
  });
  add({
    name: 'spend-good.csv',
    category: 'tables',
    table: 'spend',
    expect: 'good',
    bytes: csv([
      ['Дата', 'Канал', 'Расход'],
      ['01.03.2024', 'Директ', '12 500,00'],
      ['02.03.2024', 'Директ', '9 000'],
    ]),
  });
  add({
    name: 'spend-hourly.csv',
    category: 'tables',
    table: 'spend',
    expect: 'bad',
    bytes: csv([
      ['Дата', 'Канал', 'Расход'],
      ['01.03.2024 00:00', 'Директ', '12 500,00'],
      ['02.03.2024 14:00', 'VK Реклама', '9 000'],
    ]),
  });
  add({
    name: 'spend-midnight.csv',
    category: 'tables',
    table: 'spend',
    expect: 'good',
    bytes: csv([
      ['Дата', 'Канал', 'Расход'],
      ['2024-03-01 00:00:00', 'Директ', '12 500,00'],
      ['2024-03-02 00:00:00', 'Директ', '9 000'],
    ]),
  });
  add({
    name: 'spend-negative.csv',
    category: 'tables',
    table: 'spend',
    expect: 'bad',
    bytes: csv([
      ['Дата', 'Канал', 'Расход'],
      ['01.03.2024', 'Директ', '-5'],
    ]),
  });
  add({
    name: 'costs-good.csv',
    category: 'tables',
    table: 'costs',
    expect: 'good',
    bytes: csv([
      ['Месяц', 'Статья', 'Сумма'],
      ['03.2024', 'Коммерческие расходы', '150 000'],
    ]),
  });
  add({
    name: 'costs-bad-kind.csv',
    category: 'tables',
    table: 'costs',
    expect: 'bad',
    bytes: csv([
      ['Месяц', 'Статья', 'Сумма'],
      ['03.2024', 'Непонятно что', '150 000'],
    ]),
  });
}
