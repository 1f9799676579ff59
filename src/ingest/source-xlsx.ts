import { join } from 'node:path';
import { IngestError } from './errors.ts';
import { readCsvSource } from './source-csv.ts';
import type { Source, SourceContext } from './source.ts';
import { tooManyColumns, tooManyRows, xlsxTooLarge } from './limits.ts';
import { SheetTooLarge, xlsxToCsv } from './xlsx-to-csv.ts';
import { checkXlsxZip, XlsxTooLarge } from './xlsx-zip-check.ts';

/** Reads an .xlsx sheet by streaming it into a temp CSV that then takes the CSV path. */
export async function readXlsxSource(ctx: SourceContext): Promise<Source> {
  const csv = join(ctx.tmpDir, 'sheet.csv');
  let converted;
  try {
    // Sizes first: exceljs would unpack a zip bomb, or hold a gigabyte-long cell, in memory.
    await checkXlsxZip(ctx.path);
    converted = await xlsxToCsv(ctx.path, csv, ctx.sheet, ctx.onRows);
  } catch (e) {
    if (e instanceof XlsxTooLarge) throw xlsxTooLarge(ctx.file, e.kind, e.part, e.size, e.at);
    if (e instanceof SheetTooLarge)
      throw e.kind === 'rows' ? tooManyRows(ctx.file, e.row) : tooManyColumns(ctx.file, e.columns, e.row);
    // The zip or XML library's own words («invalid signature», «Unexpected close tag») mean
    // nothing to the user; they stay on the error's cause, for --debug.
    throw new IngestError(
      'unreadable_xlsx',
      ctx.file,
      {
        en: 'cannot read XLSX: the file is truncated or damaged, or is not an Excel workbook; open it in Excel and save it again',
        ru: 'не удалось прочитать XLSX: файл обрезан, повреждён или не является книгой Excel; откройте его в Excel и сохраните заново',
      },
      { cause: e },
    );
  }
  if (converted.sheet === null) {
    const seen = converted.sheetsSeen.join(', ');
    throw new IngestError(
      'no_sheet',
      ctx.file,
      ctx.sheet
        ? {
            en: `no sheet named "${ctx.sheet}" (sheets: ${seen || 'none'})`,
            ru: `нет листа «${ctx.sheet}» (листы: ${seen || 'нет'})`,
          }
        : { en: 'the workbook has no sheets', ru: 'в книге нет листов' },
    );
  }
  if (converted.rows === 0) {
    const sheet = converted.sheet;
    throw new IngestError('empty_file', ctx.file, {
      en: `sheet "${sheet}" is empty`,
      ru: `лист «${sheet}» пуст`,
    });
  }
  const src = await readCsvSource({ ...ctx, path: csv }, 'xlsx');
  return { ...src, encoding: 'utf-8', delimiter: null };
}
