import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileInPlace } from '../../src/ingest/file-in-place.ts';
import { useWarehouse } from './helpers.ts';

const HEADER = 'order_id;customer_id;ts;revenue';
/** n clean order rows, O1…On, each 100.00. */
const rows = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `O${i + 1};C${i + 1};2024-03-01 10:00:00;100.00`);
const TOTALS = 'SELECT count(*) AS n, sum(revenue) AS revenue FROM orders';

describe('§2 malformed rows reject the whole file (both load paths)', () => {
  const ctx = useWarehouse();

  /** Imports 20 clean rows, then `text`; returns the second result and asserts nothing changed. */
  async function overClean(name: string, text: string) {
    const first = await ctx.import({
      file: ctx.write('clean.csv', [HEADER, ...rows(20)].join('\n')),
      table: 'orders',
    });
    expect(first.status).toBe('imported');
    const before = await ctx.rows(TOTALS);
    const r = await ctx.import({ file: ctx.write(name, text), name, table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.rowsInserted).toBe(0);
    expect(await ctx.rows(TOTALS)).toEqual(before);
    return r;
  }

  it('unterminated quote rejects the whole file instead of swallowing the rest into one cell', async () => {
    const lines = [HEADER, ...rows(20)];
    lines[3] = 'O3;"C3;2024-03-01 10:00:00;100.00';
    const r = await overClean('quote.csv', lines.join('\n') + '\n');
    expect(r.errors).toEqual([expect.objectContaining({ file: 'quote.csv', row: 4, column: 'customer_id' })]);
    expect(r.errors[0]!.reason).toMatch(/unterminated quote/);
  });

  it('a file truncated inside a quoted field is rejected', async () => {
    const text = [HEADER, ...rows(5), 'O6;C6;2024-03-01 10:00:00;"35'].join('\n');
    const r = await overClean('cut-quoted.csv', text);
    expect(r.errors).toEqual([expect.objectContaining({ row: 7, column: 'revenue' })]);
    expect(r.errors[0]!.reason).toMatch(/unterminated quote/);
  });

  it('a file cut inside its last row (a short row) is rejected, naming the row and the cell counts', async () => {
    const text = [HEADER, ...rows(5), 'O6;C6;2024-03-01 10:00:00;35'.slice(0, 19)].join('\n');
    const r = await overClean('cut.csv', text);
    expect(r.errors).toEqual([expect.objectContaining({ row: 7, value: 'O6;C6;2024-03-01 10' })]);
    expect(r.errors[0]!.reason).toBe(
      'the row has 3 cells, the header 4: a short row (the file may be cut off); nothing was padded',
    );
  });

  it('a row with 4 of 12 cells is a bad row, not padded with NULLs', async () => {
    const header = `${HEADER};items;cost;channel;discount;a;b;c;d`;
    const full = (i: number): string => `O${i};C${i};2024-03-01;100.00;1;50.00;site;0;x;y;z;w`;
    const text = [header, full(1), 'O2;C2;2024-03-01;100.00', full(3)].join('\n');
    const r = await ctx.import({ file: ctx.write('four.csv', text), table: 'orders', lang: 'ru' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([expect.objectContaining({ row: 3 })]);
    expect(r.errors[0]!.reason).toMatch(/^в строке ячеек: 4, в заголовке: 12/);
    expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
  });

  it('extra cells are refused, not dropped', async () => {
    const lines = [HEADER, ...rows(20)];
    lines[10] = 'O10;C10;2024-03-01 10:00:00;100;00';
    const r = await overClean('extra.csv', lines.join('\n'));
    expect(r.errors).toEqual([expect.objectContaining({ row: 11, column: '(column 5)' })]);
    expect(r.errors[0]!.reason).toMatch(/^the row has 5 cells, the header 4: extra cells/);
  });

  it('text after a closing quote is refused, not dropped', async () => {
    const lines = [HEADER, ...rows(20)];
    lines[2] = 'O2;"C2"x;2024-03-01 10:00:00;100.00';
    const r = await overClean('after.csv', lines.join('\n'));
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column: 'customer_id' })]);
  });

  it('every malformed row is listed, each with its own row number', async () => {
    const lines = [HEADER, ...rows(10)];
    lines[2] = 'O2;C2';
    lines[7] = 'O7;C7;2024-03-01;1;2';
    const r = await ctx.import({ file: ctx.write('two.csv', lines.join('\n')), table: 'orders' });
    expect(r.errors.map((e) => e.row)).toEqual([3, 8]);
    expect(r.errorCount).toBe(2);
  });

  it('row numbers count title rows above the header', async () => {
    const text = ['Отчёт по заказам', '', HEADER, ...rows(3), 'O4;C4'].join('\n');
    const r = await ctx.import({ file: ctx.write('titled.csv', text), table: 'orders' });
    expect(r.errors).toEqual([expect.objectContaining({ row: 7 })]);
  });

  it('a last line without a trailing newline is a normal, complete row', async () => {
    const r = await ctx.import({
      file: ctx.write('nonl.csv', [HEADER, ...rows(3)].join('\n')),
      table: 'orders',
    });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 3 });
  });

  it('a trailing «Total rows: N» line (Direct API) and a line of spaces are not short rows', async () => {
    for (const end of ['\n', '\r\n']) {
      const text = [HEADER, ...rows(2), '   ', ...rows(4).slice(2), 'Total rows: 4', ''].join(end);
      const r = await ctx.import({ file: ctx.write('direct-api.csv', text), table: 'orders', force: true });
      expect(r, JSON.stringify(end)).toMatchObject({ status: 'imported', rowsInserted: 4 });
    }
  });

  it('a short «Итого» line with data rows after it is still a short row', async () => {
    const text = [HEADER, ...rows(2), 'Итого: 200', ...rows(4).slice(2)].join('\n');
    const r = await ctx.import({ file: ctx.write('mid-total.csv', text), table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([expect.objectContaining({ row: 4, value: 'Итого: 200' })]);
  });

  it('an XLSX row ending in empty cells is padded (a sheet stores none), but an extra cell is refused', async () => {
    const write = async (name: string, extra: boolean): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('orders');
      ws.addRow(['order_id', 'customer_id', 'ts', 'revenue', 'channel']);
      ws.addRow(['O1', 'C1', '2024-03-01', 5, 'site']);
      ws.addRow(['O2', 'C2', '2024-03-02', 7]);
      ws.addRow(['O3', 'C3', '2024-03-03', 9, 'shop', ...(extra ? ['stray note'] : [])]);
      const path = `${ctx.dir}/${name}`;
      await wb.xlsx.writeFile(path);
      return path;
    };
    const ok = await ctx.import({ file: await write('short.xlsx', false), table: 'orders' });
    expect(ok).toMatchObject({ status: 'imported', rowsInserted: 3 });
    const r = await ctx.import({ file: await write('extra.xlsx', true), table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([expect.objectContaining({ row: 4, column: '(column 6)' })]);
  });

  it('CRLF and CR line ends are normal row ends, not part of the last cell', async () => {
    for (const end of ['\r\n', '\r']) {
      const text = [HEADER, ...rows(3), 'O4;C4;2024-03-01 10:00:00;"100.00"'].join(end) + end;
      const r = await ctx.import({ file: ctx.write('crlf.csv', text), table: 'orders', force: true });
      expect(r, JSON.stringify(end)).toMatchObject({ status: 'imported', rowsInserted: 4 });
    }
  });

  it('a quote inside an unquoted value stays text («ООО "Ромашка"»)', async () => {
    const text = [HEADER, 'O1;ООО "Ромашка";2024-03-01;5.00'].join('\n');
    const r = await ctx.import({ file: ctx.write('inner.csv', text), table: 'orders' });
    expect(r.status).toBe('imported');
    expect(await ctx.rows('SELECT customer_id FROM orders')).toEqual([{ customer_id: 'ООО "Ромашка"' }]);
  });

  it('the direct (typed) read refuses a short row too: reading the file in place fails', async () => {
    const text = [HEADER, ...rows(5), 'O6;C6;2024-03-01 10:00:00'].join('\n');
    const file = ctx.write('short-direct.csv', text);
    const plan = await fileInPlace(ctx.engine, { path: file, table: 'orders', tmpDir: ctx.dir });
    expect(plan.relation).not.toBeNull();
    await expect(ctx.rows(`SELECT count(*) AS n FROM ${plan.relation}`)).rejects.toThrow(/Line: 7/);
  });

  it('leaves no rejects tables behind: rejected, imported or skipped as already imported', async () => {
    await ctx.import({ file: ctx.write('bad.csv', [HEADER, 'O1;C1'].join('\n')), table: 'orders' });
    const file = ctx.write('ok.csv', [HEADER, 'O1;C1;2024-03-01;"1 000 ₽"'].join('\n'));
    expect(await ctx.import({ file, table: 'orders' })).toMatchObject({
      status: 'imported',
      loadPath: 'staged',
    });
    expect(await ctx.import({ file, table: 'orders' })).toMatchObject({ status: 'skipped' });
    const left = await ctx.rows(
      `SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '_csv_rejects%'`,
    );
    expect(left).toEqual([]);
  });
});
