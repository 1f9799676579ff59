import type { TableName } from './contract.ts';
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
      `Leave columns out with --map "${example}=-" or remove them from the file`,
    ru:
      `столбцов, которых нет среди полей ${table}: ${added.length} (${shown}); они добавились бы ` +
      `к таблице, где таких уже ${existing}, а хранится не больше ${MAX_DIMENSION_COLUMNS}. ` +
      `Пропустите столбцы через --map "${example}=-" или удалите их из файла`,
  });
}
