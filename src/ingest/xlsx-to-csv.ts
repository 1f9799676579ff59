import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';

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

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
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
  const out = createWriteStream(dest);
  const sheetsSeen: string[] = [];
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheetsSeen.push(name);
      if (sheet !== undefined ? name !== sheet : sheetsSeen.length > 1) continue;
      let next = 1;
      for await (const row of ws) {
        for (; next < row.number; next++) await writeLine(out, ',');
        const values = (row.values as CellValue[]).slice(1);
        const cells = Array.from({ length: values.length }, (_, i) => csvField(cellText(values[i])));
        await writeLine(out, cells.length > 1 ? cells.join(',') : `${cells[0] ?? ''},`);
        next = row.number + 1;
        if (onRows && next % 10_000 === 0) onRows(next - 1);
      }
      out.end();
      await once(out, 'finish');
      return { sheet: name, sheetsSeen, rows: next - 1 };
    }
    return { sheet: null, sheetsSeen, rows: 0 };
  } finally {
    if (!out.writableFinished) out.destroy();
  }
}
