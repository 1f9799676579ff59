import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { MAX_COLUMNS, MAX_SHEET_ROWS } from './limits.ts';

/** A cell as exceljs streams it: primitives, dates, or rich-text/formula/hyperlink/error objects. */
type CellValue = ExcelJS.CellValue | undefined;

/** Excel dates arrive as UTC Date objects; written as ISO text the SQL date parsers accept. */
function dateText(d: Date): string {
  return d
    .toISOString()
    .replace('T', ' ')
    .replace(/(\.000)?Z$/, '');
}

/** Renders one cell as text: formulas by their cached result, rich text joined, errors as «#N/A». */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return String(v.error);
  if ('result' in v) return cellText(v.result as CellValue);
  if ('text' in v) return cellText(v.text as CellValue);
  return '';
}

function csvField(s: string): string {
  return s === '' ? '' : `"${s.replaceAll('"', '""')}"`;
}

/** A CSV stream whose write errors (a full disk) surface at the next write or at the end. */
function csvOut(dest: string): {
  out: WriteStream;
  line: (text: string) => Promise<void>;
  end: () => Promise<void>;
} {
  const out = createWriteStream(dest);
  let failure: Error | null = null;
  // Also keeps a write still in flight when the conversion stops early from being uncaught.
  out.on('error', (e) => (failure ??= e));
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    out,
    line: async (text) => {
      check();
      if (!out.write(`${text}\n`)) await once(out, 'drain');
    },
    end: async () => {
      check();
      out.end();
      await once(out, 'finish');
      check();
    },
  };
}

/**
 * A sheet beyond the limits (see limits.ts), found before its rows are written out: exceljs keeps
 * only the cells a row has, but the CSV would hold every empty cell and row in between.
 */
export class SheetTooLarge extends Error {
  constructor(
    readonly kind: 'columns' | 'rows',
    /** The sheet row that breaks the limit (its own number when it is numbered too far). */
    readonly row: number,
    /** For 'columns': how wide that row is. */
    readonly columns = 0,
  ) {
    super(`sheet too large: ${kind} at row ${row}`);
  }
}

/** What was converted. */
export interface XlsxConversion {
  /** The sheet converted, or null when the named sheet is not in the workbook. */
  readonly sheet: string | null;
  readonly sheetsSeen: string[];
  readonly rows: number;
}

/**
 * Streams one worksheet (the first, or the one named) of an .xlsx into a UTF-8 CSV, so it then
 * takes the CSV path. Rows Excel leaves out (empty) are written as empty records, so the row
 * numbers in error reports still match what the user sees in Excel. Throws whatever exceljs throws for a damaged file; the caller words it.
 */
export async function xlsxToCsv(
  file: string,
  dest: string,
  sheet: string | undefined,
  onRows?: (rows: number) => void,
): Promise<XlsxConversion> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const { out, line: writeLine, end } = csvOut(dest);
  const sheetsSeen: string[] = [];
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheetsSeen.push(name);
      if (sheet !== undefined ? name !== sheet : sheetsSeen.length > 1) continue;
      let next = 1;
      for await (const row of ws) {
        // Row numbers come from the file; checked before the gap up to them is filled.
        if (!Number.isSafeInteger(row.number) || row.number < next) throw new Error('bad row number');
        if (row.number > MAX_SHEET_ROWS) throw new SheetTooLarge('rows', row.number);
        // `values` is sparse: its length is one past the last filled column.
        const width = (row.values as CellValue[]).length - 1;
        if (width > MAX_COLUMNS) throw new SheetTooLarge('columns', row.number, width);
        for (; next < row.number; next++) await writeLine(',');
        const values = (row.values as CellValue[]).slice(1);
        const cells = Array.from({ length: values.length }, (_, i) => csvField(cellText(values[i])));
        await writeLine(cells.length > 1 ? cells.join(',') : `${cells[0] ?? ''},`);
        next = row.number + 1;
        if (onRows && next % 10_000 === 0) onRows(next - 1);
      }
      await end();
      return { sheet: name, sheetsSeen, rows: next - 1 };
    }
    return { sheet: null, sheetsSeen, rows: 0 };
  } finally {
    if (!out.writableFinished) out.destroy();
  }
}
