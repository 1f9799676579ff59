import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { UserError } from './user-error.ts';

/** A cell of an exported table: text, a number, or empty. */
export type ExportCell = string | number | null | undefined;

/** One sheet: its name (XLSX), column names and rows in column order. */
export interface ExportSheet {
  name: string;
  columns: readonly string[];
  rows: readonly (readonly ExportCell[])[];
}

/** The export formats, by file extension. */
export type ExportFormat = 'csv' | 'xlsx';

/** The format of an export file, or a UserError naming the accepted extensions. */
export function exportFormat(file: string): ExportFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UserError(`--export must end in .csv or .xlsx, got "${file}"`, 'export');
}

// A text cell a spreadsheet would read as a formula: Excel, LibreOffice and Google Sheets evaluate
// one that starts with = + - @ tab or CR (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`), and names, ids
// and contacts come from the customer's own data. Numbers are never text here, so −5 stays −5.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that could start a formula gets a leading `'` and quotes, as OWASP advises
 * (the spreadsheet shows it as text, the quote hidden); RFC 4180 quoting otherwise: a value with a
 * comma, quote or line break is quoted, quotes doubled.
 */
function csvCell(v: ExportCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (FORMULA_START.test(v)) return `"'${v.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** CSV text of one sheet: UTF-8 with a BOM (Excel needs it for Cyrillic), CRLF line ends. */
export function csvText(sheet: ExportSheet): string {
  const lines = [sheet.columns, ...sheet.rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Writes sheets to one XLSX workbook, or the first sheet to a CSV file; further sheets go to
 * CSV files beside it named `<file>.<sheet>.csv`. Returns every path written.
 */
export async function writeSheets(file: string, sheets: readonly ExportSheet[]): Promise<string[]> {
  if (exportFormat(file) === 'csv') {
    const base = file.replace(/\.csv$/i, '');
    return sheets.map((sheet, i) => {
      const path = i === 0 ? file : `${base}.${sheet.name}.csv`;
      writeFileSync(path, csvText(sheet));
      return path;
    });
  }
  await workbookOf(sheets).xlsx.writeFile(file);
  return [file];
}

/** One XLSX workbook with a worksheet per sheet, header row in bold. */
function workbookOf(sheets: readonly ExportSheet[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name);
    ws.addRow([...s.columns]);
    for (const r of s.rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
    ws.getRow(1).font = { bold: true };
  }
  return book;
}

/**
 * The bytes of an export for a download: an XLSX workbook of every sheet, or the first sheet as
 * CSV (the same bytes `writeSheets` puts in a file).
 */
export async function sheetsBytes(
  format: ExportFormat,
  sheets: readonly ExportSheet[],
): Promise<Uint8Array<ArrayBuffer>> {
  if (format === 'xlsx') return new Uint8Array(await workbookOf(sheets).xlsx.writeBuffer());
  const first = sheets[0];
  return new TextEncoder().encode(first ? csvText(first) : '') as Uint8Array<ArrayBuffer>;
}
