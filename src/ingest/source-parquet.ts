import { IngestError } from './errors.ts';
import { sourceColumn, type Source, type SourceContext } from './source.ts';

/**
 * Reads a Parquet file through DuckDB. Columns are cast to text so the same parsers and checks as
 * for CSV apply (a DOUBLE revenue or a DATE column casts to text they accept).
 */
export async function readParquetSource(ctx: SourceContext): Promise<Source> {
  const d = ctx.engine.dialect;
  let headers: string[];
  try {
    const rows = await ctx.engine.driver.query(`DESCRIBE SELECT * FROM ${d.readParquet(ctx.path)}`);
    headers = rows.map((r) => String(r['column_name']));
  } catch (e) {
    const why = (e as Error).message;
    throw new IngestError('unreadable_file', ctx.file, {
      en: `cannot read Parquet: ${why}`,
      ru: `не удалось прочитать Parquet: ${why}`,
    });
  }
  const cols = headers.map((h, i) => `CAST(${d.ident(h)} AS ${d.type('varchar')}) AS ${sourceColumn(i)}`);
  return {
    format: 'parquet',
    encoding: 'binary',
    delimiter: null,
    headers,
    relation: `(SELECT ${cols.join(', ')} FROM ${d.readParquet(ctx.path)})`,
    // No header line in Parquet: row 1 is the first record.
    firstDataRow: 1,
    warnings: [],
  };
}
