import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Bilingual } from '../i18n/index.ts';
import { join } from 'node:path';
import { detectDelimiter, parseRecords } from './csv-sniff.ts';
import { detectEncoding, SINGLE_BYTE } from './encoding.ts';
import { IngestError } from './errors.ts';
import { readHead, readTail, transcodeToUtf8 } from './file-io.ts';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './header-row.ts';
import { sourceColumn, type Source, type SourceContext } from './source.ts';
import type { SourceFormat } from './types.ts';

/** Enough of the head to see title rows, the header and a few dozen data lines. */
const HEAD_BYTES = 256 * 1024;
/** Data rows of the head a typed read is planned from. */
const SAMPLE_ROWS = 500;

/**
 * Reads a delimited text file: detects encoding (transcoding an 8-bit one to a UTF-8 temp file),
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
        'unknown encoding: the file is not UTF-8, and its bytes do not tell Windows-1251, KOI8-R and ' +
        'Windows-1252 (Latin-1) apart with confidence (UTF-16 and binary files are not supported); ' +
        'save it as «CSV UTF-8»',
      ru:
        'неизвестная кодировка: файл не в UTF-8, а по его байтам нельзя уверенно отличить Windows-1251, ' +
        'KOI8-R и Windows-1252 (Latin-1) (UTF-16 и двоичные файлы не поддерживаются); ' +
        'сохраните его как «CSV UTF-8»',
    });
  }
  const warnings: Bilingual[] = [];
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    // DuckDB reads UTF-8 only; the guess is said out loud, since a wrong one changes every letter.
    const { iconv, label } = SINGLE_BYTE[encoding];
    path = join(ctx.tmpDir, 'transcoded.csv');
    await transcodeToUtf8(ctx.path, path, iconv);
    head = await readHead(path, HEAD_BYTES);
    warnings.push({
      en: `read as ${label}: the encoding was detected from the file's bytes (save it as «CSV UTF-8» to be sure)`,
      ru: `прочитан в кодировке ${label}: она определена по байтам файла (сохраните его как «CSV UTF-8», чтобы не гадать)`,
    });
  }
  // A file cut off inside its last value (a revenue of 359.00 cut to 35) still parses as a whole
  // row; the only trace is the missing line break, which every exporter we know writes.
  if (format !== 'xlsx' && !/[\r\n]$/.test((await readTail(path, 1)).toString('latin1')))
    warnings.push({
      en: 'the file does not end with a line break: if it was cut off in transit, its last row may be incomplete — check it',
      ru: 'файл не заканчивается переводом строки: если он оборвался при передаче, его последняя строка может быть неполной — проверьте её',
    });
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
  if (headerAt > 0)
    warnings.push({
      en: `skipped ${headerAt} title row(s) above the header`,
      ru: `пропущено строк заголовка отчёта над шапкой таблицы: ${headerAt}`,
    });
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
