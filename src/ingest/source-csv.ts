import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectDelimiter, parseRecords } from './csv-sniff.ts';
import { detectEncoding } from './encoding.ts';
import { IngestError } from './errors.ts';
import { readHead, transcodeToUtf8 } from './file-io.ts';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './header-row.ts';
import { sourceColumn, type Source, type SourceContext } from './source.ts';
import type { SourceFormat } from './types.ts';

/** Enough of the head to see title rows, the header and a few dozen data lines. */
const HEAD_BYTES = 256 * 1024;
/** Data rows of the head a typed read is planned from. */
const SAMPLE_ROWS = 500;

/**
 * Reads a delimited text file: detects encoding (transcoding cp1251 to a UTF-8 temp file),
 * delimiter and header row from the head, then hands the rest to DuckDB's read_csv, which streams
 * the file itself: no row of it passes through JavaScript.
 */
export async function readCsvSource(ctx: SourceContext, format: SourceFormat = 'csv'): Promise<Source> {
  if ((await stat(ctx.path)).size === 0)
    throw new IngestError('empty_file', ctx.file, { en: 'the file is empty', ru: 'файл пуст' });
  let path = ctx.path;
  let head = await readHead(path, HEAD_BYTES);
  const encoding = detectEncoding(head);
  if (!encoding) {
    throw new IngestError('unknown_encoding', ctx.file, {
      en:
        'unknown encoding: the file is neither UTF-8 nor Windows-1251 text (UTF-16 and binary files ' +
        'are not supported; save it as «CSV UTF-8»)',
      ru:
        'неизвестная кодировка: файл не является текстом в UTF-8 или Windows-1251 (UTF-16 и двоичные ' +
        'файлы не поддерживаются; сохраните его как «CSV UTF-8»)',
    });
  }
  if (encoding === 'windows-1251') {
    path = join(ctx.tmpDir, 'transcoded.csv');
    await transcodeToUtf8(ctx.path, path, 'win1251');
    head = await readHead(path, HEAD_BYTES);
  }
  const complete = head.length < HEAD_BYTES;
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new IngestError('empty_file', ctx.file, { en: 'the file has no text', ru: 'в файле нет текста' });
  const delimiter = detectDelimiter(text, complete);
  const records = parseRecords(text, delimiter, HEADER_SEARCH_ROWS, complete);
  const headerAt = findHeaderRow(records, ctx.table, ctx.map);
  const header = records[headerAt];
  if (!header)
    throw new IngestError('empty_file', ctx.file, {
      en: 'no header row found',
      ru: 'не найдена строка заголовков',
    });
  const headers = header.cells.map((c) => c.replace(/^\uFEFF/, '').trim());
  // A spreadsheet row ends at its last filled cell; a text row that ends early was cut off.
  const padShortRows = format === 'xlsx';
  // Unique per read: imports on one connection must not see each other's malformed rows.
  const rejects = `_csv_rejects_${randomBytes(6).toString('hex')}`;
  const relation = ctx.engine.dialect.readCsvText(path, {
    delimiter,
    header: false,
    skip: header.linesThrough,
    columns: headers.map((_, i) => sourceColumn(i)),
    padShortRows,
    rejectsTable: rejects,
  });
  const warnings =
    headerAt > 0
      ? [
          {
            en: `skipped ${headerAt} title row(s) above the header`,
            ru: `пропущено строк заголовка отчёта над шапкой таблицы: ${headerAt}`,
          },
        ]
      : [];
  const sample = parseRecords(text, delimiter, headerAt + 1 + SAMPLE_ROWS, complete)
    .slice(headerAt + 1)
    .map((r) => r.cells);
  return {
    format,
    encoding,
    delimiter,
    headers,
    relation,
    firstDataRow: header.linesThrough + 1,
    warnings,
    csv: { path, delimiter, skip: header.linesThrough, sample, padShortRows, rejects },
  };
}
