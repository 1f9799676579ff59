import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { RfmCustomer } from './customers-rfm.ts';
import { UserError } from './user-error.ts';

/** Export columns in a fixed order, so CRM import mappings keep working between releases. */
export const EXPORT_COLUMNS = [
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'r',
  'f',
  'm',
  'score',
  'segment',
  'first_order',
  'last_order',
  'tenure_days',
  'average_check',
  'tactic',
] as const satisfies ReadonlyArray<keyof RfmCustomer>;

// RFC 4180 quoting: a value with a comma, quote or line break is quoted, quotes doubled.
const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Writes the customer list as CSV (UTF-8 with BOM, which Excel needs for Cyrillic) or XLSX. */
export async function exportCustomers(file: string, rows: readonly RfmCustomer[]): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    const lines = [
      EXPORT_COLUMNS.join(','),
      ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(',')),
    ];
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  if (ext !== '.xlsx') throw new UserError(`--export must end in .csv or .xlsx, got "${file}"`, 'export');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('customers');
  sheet.addRow([...EXPORT_COLUMNS]);
  for (const r of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => r[c]));
  sheet.getRow(1).font = { bold: true };
  await book.xlsx.writeFile(file);
}
