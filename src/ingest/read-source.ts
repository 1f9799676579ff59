import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { IngestError } from './errors.ts';
import { MAX_COLUMNS, tooManyColumns } from './limits.ts';
import { readCsvSource } from './source-csv.ts';
import { readParquetSource } from './source-parquet.ts';
import { readXlsxSource } from './source-xlsx.ts';
import type { Source, SourceContext, SourceReader } from './source.ts';
import type { SourceFormat } from './types.ts';

/** File extension → format; the extension decides, content sniffing only refines CSV. */
const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.parquet': 'parquet',
  '.xlsx': 'xlsx',
};

const READERS: Record<SourceFormat, SourceReader> = {
  csv: (ctx) => readCsvSource(ctx, 'csv'),
  tsv: (ctx) => readCsvSource(ctx, 'tsv'),
  parquet: readParquetSource,
  xlsx: readXlsxSource,
};

/** The format of a file by its extension, or a clear error naming the ones supported. */
export function formatOf(file: string): SourceFormat {
  const ext = extname(file).toLowerCase();
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) {
    const xls = ext === '.xls';
    const known = Object.keys(FORMAT_BY_EXTENSION).join(', ');
    throw new IngestError('unsupported_format', file, {
      en: `unsupported file type "${ext}"${xls ? ' (save .xls as .xlsx or CSV; Bitrix24 .xls exports are HTML)' : ''}; use ${known}`,
      ru: `тип файла «${ext}» не поддерживается${xls ? ' (сохраните .xls как .xlsx или CSV; выгрузки .xls из Битрикс24 — это HTML)' : ''}; подойдут ${known}`,
    });
  }
  return format;
}

/** Checks the file exists, reads it with the reader for its format and checks its width. */
export async function readSource(ctx: SourceContext): Promise<Source> {
  try {
    await access(ctx.path);
  } catch {
    throw new IngestError('missing_file', ctx.file, { en: 'file not found', ru: 'файл не найден' });
  }
  const source = await READERS[formatOf(ctx.file)](ctx);
  // Every reader has found the header by now and nothing is staged yet: a wider file stops here.
  if (source.headers.length > MAX_COLUMNS) throw tooManyColumns(ctx.file, source.headers.length);
  return source;
}
