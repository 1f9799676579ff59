import { join } from 'node:path';
import { IngestError } from './errors.ts';
import { readCsvSource } from './source-csv.ts';
import type { Source, SourceContext } from './source.ts';
import { xlsxToCsv } from './xlsx-to-csv.ts';

/** Reads an .xlsx sheet by streaming it into a temp CSV that then takes the CSV path. */
export async function readXlsxSource(ctx: SourceContext): Promise<Source> {
  const csv = join(ctx.tmpDir, 'sheet.csv');
  let converted;
  try {
    converted = await xlsxToCsv(ctx.path, csv, ctx.sheet, ctx.onRows);
  } catch (e) {
    const why = (e as Error).message;
    throw new IngestError('unreadable_xlsx', ctx.file, `cannot read XLSX (truncated or damaged?): ${why}`);
  }
  if (converted.sheet === null) {
    const seen = converted.sheetsSeen.join(', ') || 'none';
    const msg = ctx.sheet ? `no sheet named "${ctx.sheet}" (sheets: ${seen})` : 'the workbook has no sheets';
    throw new IngestError('no_sheet', ctx.file, msg);
  }
  if (converted.rows === 0)
    throw new IngestError('empty_file', ctx.file, `sheet "${converted.sheet}" is empty`);
  const src = await readCsvSource({ ...ctx, path: csv }, 'xlsx');
  return { ...src, encoding: 'utf-8', delimiter: null };
}
