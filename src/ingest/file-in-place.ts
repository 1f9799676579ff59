import type { Engine } from '../engines/engine.ts';
import type { TableName } from './contract.ts';
import { IngestError } from './errors.ts';
import { isReadableFile } from './file-io.ts';
import { explicitMapProblem, mapHeaders } from './header-map.ts';
import { missingColumnsMessage } from './missing-columns.ts';
import { readSource } from './read-source.ts';
import { typedSelect } from './typed-select.ts';

/** A file read where it lies, as the rows of a warehouse table. */
export interface FileInPlace {
  /** `(SELECT typed columns FROM the file's typed read) AS <table>`; null when only an import can read it. */
  relation: string | null;
  /** Header mapping notes, title rows skipped: what an import would have warned about. */
  warnings: Array<{ en: string; ru: string }>;
}

/**
 * Plans reading a file in place as rows of `table`, for an analysis that needs no import: the
 * same header detection and mapping as an import (missing columns are the same clear error),
 * and the same typed read with the import rules of every column read (`reads`, default all) as
 * a guard, so a bad row stops the query instead of being counted. `relation` is null for files
 * the typed read cannot take (XLSX, values the engine would not parse as the importer does);
 * the caller then imports the file into a scratch warehouse, whose importer names every bad
 * cell.
 */
export async function fileInPlace(
  engine: Engine,
  req: {
    path: string;
    file?: string;
    table: TableName;
    map?: Record<string, string>;
    tmpDir: string;
    /** The fields the analysis reads; the rest are neither selected nor checked (default: all). */
    reads?: readonly string[];
    /** Text fields to pass untrimmed and unchecked: the analysis refuses what `needsTrim` flags. */
    rawIds?: readonly string[];
  },
): Promise<FileInPlace> {
  const file = req.file ?? req.path;
  if (!(await isReadableFile(req.path)))
    throw new IngestError('missing_file', file, {
      en: 'file not found or not readable',
      ru: 'файл не найден или недоступен для чтения',
    });
  const map = req.map ?? {};
  const source = await readSource({
    engine,
    path: req.path,
    file,
    table: req.table,
    map,
    sheet: undefined,
    tmpDir: req.tmpDir,
  });
  const mapProblem = explicitMapProblem(req.table, source.headers, map);
  if (mapProblem) throw new IngestError('bad_map', file, mapProblem);
  const mapping = mapHeaders(req.table, source.headers, map);
  if (mapping.missing.length)
    throw new IngestError(
      'missing_column',
      file,
      missingColumnsMessage(req.table, mapping.missing, source.headers),
    );
  const warnings = [...source.warnings, ...mapping.warnings];
  const typed = typedSelect(engine, req.table, source, mapping, req.reads, req.rawIds);
  if (!typed) return { relation: null, warnings };
  const cols = typed.values.map((v, i) => `${v} AS ${typed.columns[i]}`).join(', ');
  return {
    relation: `(SELECT ${cols} FROM ${typed.relation}) AS ${engine.dialect.ident(req.table)}`,
    warnings,
  };
}
