import { IngestError } from './errors.ts';
import { readHead, readTail } from './file-io.ts';
import { MAX_COLUMNS, tooManyColumns } from './limits.ts';
import { sourceColumn, type Source, type SourceContext } from './source.ts';

/** The four bytes a Parquet file starts and ends with. */
const MAGIC = Buffer.from('PAR1', 'latin1');

/**
 * Reads a Parquet file through DuckDB. Columns are cast to text so the same parsers and checks as
 * for CSV apply (a DOUBLE revenue or a DATE column casts to text they accept).
 */
export async function readParquetSource(ctx: SourceContext): Promise<Source> {
  const d = ctx.engine.dialect;
  let headers: string[];
  try {
    // The engine only checks the closing magic; a file must open with it too to be Parquet.
    const [head, tail] = await Promise.all([readHead(ctx.path, 4), readTail(ctx.path, 4)]);
    if (!head.equals(MAGIC) || !tail.equals(MAGIC)) throw new Error('no PAR1 magic at both ends');
    const rows = await ctx.engine.driver.query(`DESCRIBE SELECT * FROM ${d.readParquet(ctx.path)}`);
    headers = rows.map((r) => String(r['column_name']));
  } catch (e) {
    // The engine's text quotes its query and the server's temp path; it stays on the cause.
    throw new IngestError(
      'unreadable_file',
      ctx.file,
      {
        en: 'cannot read Parquet: the file is truncated or damaged, or is not a Parquet file',
        ru: 'не удалось прочитать Parquet: файл обрезан, повреждён или не является файлом Parquet',
      },
      { cause: e },
    );
  }
  if (headers.length > MAX_COLUMNS) throw tooManyColumns(ctx.file, headers.length);
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
