/**
 * CSV → Parquet through the engine: the generator always streams CSV (cheap, bounded memory) and
 * lets the engine convert it, which DuckDB does in a streaming COPY. Columns are cast explicitly
 * so the Parquet schema does not depend on type sniffing.
 */
import type { Engine } from '../engines/engine.ts';
import { COLUMNS, type ColumnType, type FileKind } from './columns.ts';

function sqlType(engine: Engine, t: ColumnType): string {
  return t === 'integer' ? 'INTEGER' : engine.dialect.type(t);
}

/** A SELECT over a generated CSV file with every canonical column cast to its type. */
export function typedCsvSelect(engine: Engine, kind: FileKind, csvPath: string): string {
  const d = engine.dialect;
  const select = COLUMNS[kind]
    .map(([name, t]) => `CAST(${d.ident(name)} AS ${sqlType(engine, t)}) AS ${d.ident(name)}`)
    .join(', ');
  return `SELECT ${select} FROM ${d.readCsvText(csvPath, { delimiter: ',', header: true })}`;
}

/** Converts one generated CSV file into a Parquet file with the canonical column types. */
export async function csvToParquet(
  engine: Engine,
  kind: FileKind,
  csvPath: string,
  parquetPath: string,
): Promise<void> {
  await engine.driver.exec(engine.dialect.copyToParquet(typedCsvSelect(engine, kind, csvPath), parquetPath));
}
