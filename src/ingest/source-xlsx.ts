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
    throw new IngestError('unreadable_xlsx', ctx.file, {
      en: `cannot read XLSX (truncated or damaged?): ${why}`,
      ru: `не удалось прочитать XLSX (файл обрезан или повреждён?): ${why}`,
    });
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
