import type { TableName } from './contract.ts';
import { FIELD } from '../i18n/index.ts';
import { IngestError } from './errors.ts';

/**
 * The sizes an import accepts, checked before any row is expanded: a 3 KB file can claim a
 * 16,384-column sheet or a row numbered two billion, and the engine's cost grows with the
 * columns it is asked to stage (20 rows × 500 columns took 24 s and 0.7 GB). Documented in
 * docs/data-contract.md, «Limits».
 */

/** Columns a file may have. Real exports have a few dozen; 256 is Excel 2003's sheet width. */
export const MAX_COLUMNS = 256;

/** Rows a sheet may have: Excel's own limit, so a row numbered beyond it is a damaged file. */
export const MAX_SHEET_ROWS = 1_048_576;

/**
 * Extra (dimension) columns a table may hold in all: each header orders does not know becomes a
 * permanent column of the warehouse table, so without a bound one wide file would widen it for
 * every later import and query.
 */
export const MAX_DIMENSION_COLUMNS = 64;

/**
 * XLSX parts, checked before exceljs opens the file (xlsx-zip-check.ts): exceljs keeps a whole
 * cell, a whole row and every shared string in memory. A part is one file inside the zip.
 */
/** Bytes a single part may unpack to: as large as the largest export an upload may be. */
export const MAX_XLSX_PART_BYTES = 2 * 1024 ** 3;

/** Bytes all parts together may unpack to. */
export const MAX_XLSX_TOTAL_BYTES = 4 * 1024 ** 3;

/** Bytes the shared strings (xl/sharedStrings.xml, all held in memory) may unpack to. */
export const MAX_XLSX_SHARED_STRINGS_BYTES = 256 * 1024 ** 2;

/**
 * How much tighter than its packed size a part over 1 MB may unpack. Spreadsheet XML packs
 * 5–50 times; deflate cannot pass about 1,030, which is what a zip bomb reaches.
 */
export const MAX_XLSX_RATIO = 500;

/**
 * Bytes of XML in one cell's text (or any tag): Excel's own cells hold at most 32,767
 * characters, which as escaped UTF-8 is under 300 KB, so beyond 1 MB no spreadsheet wrote it.
 */
export const MAX_XLSX_CELL_BYTES = 1024 ** 2;

/** Bytes of XML in one sheet row: 256 columns of full-length cells stay under it. */
export const MAX_XLSX_ROW_BYTES = 32 * 1024 ** 2;

const count = (n: number): string => n.toLocaleString('en-US').replaceAll(',', ' ');

/** A file (or a sheet row) wider than MAX_COLUMNS. */
export function tooManyColumns(file: string, columns: number, row?: number): IngestError {
  const atEn = row === undefined ? '' : ` (row ${row})`;
  const atRu = row === undefined ? '' : ` (строка ${row})`;
  return new IngestError('too_many_columns', file, {
    en:
      `${count(columns)} columns${atEn}; at most ${MAX_COLUMNS} are read. Keep the columns ` +
      'the import needs and save the file again',
    ru:
      `столбцов: ${count(columns)}${atRu}; читается не больше ${MAX_COLUMNS}. Оставьте нужные ` +
      'для загрузки столбцы и сохраните файл заново',
  });
}

/** A sheet with a row numbered beyond MAX_SHEET_ROWS. */
export function tooManyRows(file: string, row: number): IngestError {
  return new IngestError('too_many_rows', file, {
    en:
      `row ${count(row)} is beyond the ${count(MAX_SHEET_ROWS)} rows a sheet can have; ` +
      'the file is damaged or was not saved by a spreadsheet',
    ru:
      `строка ${count(row)} за пределом ${count(MAX_SHEET_ROWS)} строк листа; ` +
      'файл повреждён или сохранён не табличным редактором',
  });
}

/** A file whose unknown headers would push the table past MAX_DIMENSION_COLUMNS. */
export function tooManyDimensions(
  file: string,
  table: TableName,
  existing: number,
  added: readonly string[],
): IngestError {
  const shown = added.slice(0, 5).join(', ') + (added.length > 5 ? ', …' : '');
  const example = added[0] ?? '';
  return new IngestError('too_many_columns', file, {
    en:
      `${added.length} columns are not fields of ${table} (${shown}) and would be added to it, ` +
      `which already has ${existing} such column(s); at most ${MAX_DIMENSION_COLUMNS} are kept. ` +
      `Leave columns out in the header mapping (${FIELD} "${example}=-") or remove them from the file`,
    ru:
      `столбцов, которых нет среди полей ${table}: ${added.length} (${shown}); они добавились бы ` +
      `к таблице, где таких уже ${existing}, а хранится не больше ${MAX_DIMENSION_COLUMNS}. ` +
      `Пропустите столбцы в сопоставлении заголовков (${FIELD} "${example}=-") или удалите их из файла`,
  });
}

const mb = (bytes: number): string => count(Math.ceil(bytes / 1024 ** 2));

/** An XLSX whose parts are beyond the limits above: a zip bomb, or not written by a spreadsheet. */
export function xlsxTooLarge(
  file: string,
  kind: 'part' | 'total' | 'ratio' | 'shared' | 'cell' | 'row',
  part: string,
  size: number,
  at: string | null,
): IngestError {
  const notSheet = {
    en: 'the file is a zip bomb or was not saved by a spreadsheet',
    ru: 'файл — zip-бомба или сохранён не табличным редактором',
  };
  const text = ((): { en: string; ru: string } => {
    switch (kind) {
      case 'part':
        return {
          en: `its part ${part} unpacks to ${mb(size)} MB; at most ${mb(MAX_XLSX_PART_BYTES)} MB are read`,
          ru: `его часть ${part} распаковывается в ${mb(size)} МБ; читается не больше ${mb(MAX_XLSX_PART_BYTES)} МБ`,
        };
      case 'total':
        return {
          en: `the workbook unpacks to ${mb(size)} MB; at most ${mb(MAX_XLSX_TOTAL_BYTES)} MB are read`,
          ru: `книга распаковывается в ${mb(size)} МБ; читается не больше ${mb(MAX_XLSX_TOTAL_BYTES)} МБ`,
        };
      case 'shared':
        return {
          en: `its shared texts (${part}) unpack to ${mb(size)} MB; at most ${mb(MAX_XLSX_SHARED_STRINGS_BYTES)} MB are read`,
          ru: `его общие тексты (${part}) распаковываются в ${mb(size)} МБ; читается не больше ${mb(MAX_XLSX_SHARED_STRINGS_BYTES)} МБ`,
        };
      case 'ratio':
        return {
          en: `its part ${part} is packed ${count(size)} times tighter than its size; at most ${MAX_XLSX_RATIO} is read`,
          ru: `его часть ${part} сжата в ${count(size)} раз; читается сжатая не более чем в ${MAX_XLSX_RATIO} раз`,
        };
      case 'cell': {
        const where = at ? { en: `cell ${at}`, ru: `ячейка ${at}` } : { en: 'a text', ru: 'текст' };
        return {
          en: `${where.en} in ${part} is longer than ${mb(MAX_XLSX_CELL_BYTES)} MB (Excel's cells hold at most 32 767 characters)`,
          ru: `${where.ru} в ${part} длиннее ${mb(MAX_XLSX_CELL_BYTES)} МБ (в ячейке Excel не больше 32 767 символов)`,
        };
      }
      case 'row':
        return {
          en: `row ${at ?? '?'} in ${part} is longer than ${mb(MAX_XLSX_ROW_BYTES)} MB`,
          ru: `строка ${at ?? '?'} в ${part} длиннее ${mb(MAX_XLSX_ROW_BYTES)} МБ`,
        };
    }
  })();
  return new IngestError('too_large', file, {
    en: `${text.en}: ${notSheet.en}`,
    ru: `${text.ru}: ${notSheet.ru}`,
  });
}
