import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Lang } from '../i18n/index.ts';
import { csvLines } from './csv-dialect.ts';
import { FIELD, UserError } from '../i18n/index.ts';
import { localSheet, type ExportSheet } from './export-sheet.ts';
import { writeXlsxFile, xlsxBytes } from './xlsx-table.ts';

export {
  col,
  localSheet,
  type ColumnKind,
  type ColumnSpec,
  type ExportCell,
  type ExportColumn,
  type ExportSheet,
  type LocalSheet,
  type TypedCell,
} from './export-sheet.ts';

/** The export formats, by file extension. */
export type ExportFormat = 'csv' | 'xlsx';

/** The format of an export file, or a UserError naming the accepted extensions. */
export function exportFormat(file: string): ExportFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UserError(
    {
      en: `${FIELD} must end in .csv or .xlsx, got "${file}"`,
      ru: `${FIELD} — файл .csv или .xlsx, а не «${file}»`,
    },
    'export',
  );
}

/** CSV text of one sheet in the language's dialect (csv-dialect.ts): `;` and `1,5` in Russian. */
export function csvText(sheet: ExportSheet, lang: Lang = 'en'): string {
  const s = localSheet(sheet, lang);
  const plain = s.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.value : v)));
  return csvLines([s.headers, ...plain], lang);
}

/**
 * Writes sheets to one XLSX workbook, or the first sheet to a CSV file; further sheets go to
 * CSV files beside it named `<file>.<sheet>.csv`. Returns every path written.
 */
export async function writeSheets(
  file: string,
  sheets: readonly ExportSheet[],
  lang: Lang = 'en',
): Promise<string[]> {
  if (exportFormat(file) === 'csv') {
    const base = file.replace(/\.csv$/i, '');
    return sheets.map((sheet, i) => {
      const path = i === 0 ? file : `${base}.${sheet.name}.csv`;
      writeFileSync(path, csvText(sheet, lang));
      return path;
    });
  }
  await writeXlsxFile(file, sheets, lang);
  return [file];
}

/**
 * The bytes of an export for a download: an XLSX workbook of every sheet, or the first sheet as
 * CSV (the same bytes `writeSheets` puts in a file).
 */
export async function sheetsBytes(
  format: ExportFormat,
  sheets: readonly ExportSheet[],
  lang: Lang = 'en',
): Promise<Uint8Array<ArrayBuffer>> {
  if (format === 'xlsx') return xlsxBytes(sheets, lang);
  const first = sheets[0];
  return new TextEncoder().encode(first ? csvText(first, lang) : '') as Uint8Array<ArrayBuffer>;
}
