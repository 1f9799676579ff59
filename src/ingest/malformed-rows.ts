import { open, stat } from 'node:fs/promises';
import type { Engine } from '../engines/engine.ts';
import { REASONS, type ReasonLang } from './reasons.ts';
import type { CsvLayout } from './source.ts';
import { TOTAL_PATTERN } from './staging.ts';
import type { RowError } from './types.ts';
import { MAX_REPORTED_ERRORS } from './types.ts';

/**
 * How much of a malformed row a report quotes: its first line, at most 200 characters (an
 * unterminated quote makes the rest of the file one "row").
 */
const QUOTED_CHARS = 200;

function quoted(csvLine: string): string {
  const text = csvLine.replace(/^\r?\n/, '');
  const line = text.split(/\r?\n/, 1)[0]!;
  const cut = line.length > QUOTED_CHARS ? line.slice(0, QUOTED_CHARS) : line;
  return cut.length < text.replace(/\r?\n$/, '').length ? `${cut}…` : cut;
}

/** How much of the file's end is searched for trailing blank lines. */
const TAIL_BYTES = 64 * 1024;

/** The byte offset where the file's text ends, trailing blank lines and spaces not counted. */
async function contentEnd(path: string): Promise<number> {
  const { size } = await stat(path);
  const fh = await open(path, 'r');
  try {
    const n = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(n);
    await fh.read(tail, 0, n, size - n);
    let end = n;
    while (end > 0 && [0x20, 0x09, 0x0a, 0x0d].includes(tail[end - 1]!)) end--;
    return size - n + end;
  } finally {
    await fh.close();
  }
}

const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);

/**
 * The rows the CSV reader refused to split into the header's cells — short rows, extra cells,
 * unterminated quotes, text after a closing quote, invalid UTF-8 — from the rejects table a
 * staged read filled (see CsvLayout.rejects), one error each with the file row. A file with any
 * of them is rejected whole: the cells of the rows after a malformed one cannot be trusted (a
 * lost quote shifts everything after it). dropRejects removes the table once the import is done.
 */
export async function malformedRows(
  engine: Engine,
  csv: CsvLayout,
  headers: readonly string[],
  file: string,
  lang: ReasonLang,
): Promise<{ errors: RowError[]; errorCount: number }> {
  const d = engine.dialect;
  const q = engine.driver;
  const table = d.ident(csv.rejects);
  const exists = await q.query(
    `SELECT 1 AS x FROM duckdb_tables() WHERE temporary AND table_name = ${d.stringLiteral(csv.rejects)}`,
  );
  if (!exists.length) return { errors: [], errorCount: 0 };
  // Short rows that hold no data are not malformed: a line of spaces is a blank row, and a
  // trailing total line («Total rows: 12» ends Direct API reports) is dropped as staging drops
  // full-width ones. The reader's line_byte_position is 1-based, hence the one byte of slack.
  const end = await contentEnd(csv.path);
  // After a CRLF the reader's csv_line starts with the LF, so line ends are trimmed too.
  const blanks = `' ' || chr(9) || chr(10) || chr(13)`;
  const noData = `error_type = 'MISSING COLUMNS' AND (trim(csv_line, ${blanks}) = ''
    OR (regexp_matches(lower(ltrim(csv_line, ${blanks})), '${TOTAL_PATTERN}')
      AND line_byte_position - 1 + strlen(csv_line) >= ${end - 1}))`;
  // The reader logs a short row once per missing cell and a long one once per extra cell:
  // one error per row, with the cells it has (the first missing cell's index, the last extra).
  const rows = await q.query(
    `SELECT line, error_type, min(column_idx) AS first_idx, max(column_idx) AS last_idx,
       arg_min(column_name, column_idx) AS column_name, arg_min(csv_line, column_idx) AS csv_line,
       count(*) OVER () AS total
     FROM ${table} WHERE NOT (${noData})
     GROUP BY line, error_type ORDER BY line LIMIT ${MAX_REPORTED_ERRORS}`,
  );
  const r = REASONS[lang].malformed;
  const errors = rows.map((row): RowError => {
    const kind = String(row['error_type']);
    const first = Number(row['first_idx']);
    const found = kind === 'MISSING COLUMNS' ? first : Number(row['last_idx']);
    const vars = {
      expected: String(headers.length),
      found: String(found),
    };
    const reason =
      kind === 'MISSING COLUMNS'
        ? r.short
        : kind === 'TOO MANY COLUMNS'
          ? r.long
          : kind === 'UNQUOTED VALUE'
            ? r.quote
            : kind === 'INVALID UNICODE' || kind === 'INVALID ENCODING'
              ? r.unicode
              : kind === 'LINE SIZE OVER MAXIMUM'
                ? r.lineSize
                : r.other;
    // The reader names the column as read (s<i>); an extra cell has no header to name.
    const at = /^s(\d+)$/.exec(String(row['column_name'] ?? ''));
    const column =
      (at ? headers[Number(at[1])] : undefined) ??
      (lang === 'ru' ? `(столбец ${first})` : `(column ${first})`);
    return {
      file,
      row: Number(row['line']),
      column,
      value: quoted(String(row['csv_line'] ?? '')),
      reason: fill(reason, vars),
    };
  });
  return { errors, errorCount: Number(rows[0]?.['total'] ?? 0) };
}

/** Drops the rejects tables a staged read of `rejects` created (none when it never ran). */
export async function dropRejects(engine: Engine, rejects: string | undefined): Promise<void> {
  if (!rejects) return;
  const d = engine.dialect;
  await engine.driver.exec(`DROP TABLE IF EXISTS ${d.ident(rejects)}`);
  await engine.driver.exec(`DROP TABLE IF EXISTS ${d.ident(`${rejects}_scans`)}`);
}
