import type { AggFn, Dialect, SqlType, TruncUnit } from './dialect.ts';

const TYPES: Record<SqlType, string> = {
  varchar: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
  // Money is exact: 18 digits, kopecks. Quantities allow fractional units (kg, hours).
  money: 'DECIMAL(18,2)',
  quantity: 'DECIMAL(18,3)',
  bigint: 'BIGINT',
  double: 'DOUBLE',
};

/** DuckDB's SQL. */
export const duckdbDialect: Dialect = {
  name: 'duckdb',
  ident: (name) => `"${name.replaceAll('"', '""')}"`,
  stringLiteral: (value) => `'${value.replaceAll("'", "''")}'`,
  type: (t) => TYPES[t],
  tryCast: (expr, t) => `TRY_CAST(${expr} AS ${TYPES[t]})`,
  dateTrunc: (unit: TruncUnit, expr) => `date_trunc('${unit}', ${expr})`,
  countDistinct: (expr) => `count(DISTINCT ${expr})`,
  aggregate(fn: AggFn, expr, cond) {
    const inner = expr ?? '*';
    const call = fn === 'count_distinct' ? `count(DISTINCT ${inner})` : `${fn}(${inner})`;
    return cond ? `${call} FILTER (WHERE ${cond})` : call;
  },
  param: (t) => `CAST(? AS ${TYPES[t]})`,
  hash32: (exprs) => `CAST(hash(${exprs.join(', ')}) >> 32 AS BIGINT)`,
  quantileCont: (expr, p) => `quantile_cont(${expr}, ${p})`,
  readCsvText(path, opts) {
    const lit = duckdbDialect.stringLiteral;
    const parts = [
      lit(path),
      `delim = ${lit(opts.delimiter)}`,
      `header = ${opts.header}`,
      "quote = '\"'",
      "escape = '\"'",
      // A short row, an extra cell, an unterminated quote (which swallows the rest of the file)
      // or text after a closing quote is a malformed row, not something to pad, cut or merge.
      `null_padding = ${opts.padShortRows === true}`,
      'strict_mode = true',
    ];
    if (opts.rejectsTable) {
      const scans = lit(`${opts.rejectsTable}_scans`);
      parts.push(
        'store_rejects = true',
        `rejects_table = ${lit(opts.rejectsTable)}`,
        `rejects_scan = ${scans}`,
      );
    }
    if (!opts.types) parts.push('all_varchar = true');
    if (opts.skip) parts.push(`skip = ${opts.skip}`);
    if (opts.decimalSeparator && opts.decimalSeparator !== '.')
      parts.push(`decimal_separator = ${lit(opts.decimalSeparator)}`);
    if (opts.timestampFormat) parts.push(`timestampformat = ${lit(opts.timestampFormat)}`);
    if (opts.dateFormat) parts.push(`dateformat = ${lit(opts.dateFormat)}`);
    if (opts.columns) {
      const cols = opts.columns.map((c, i) => `${lit(c)}: ${lit(TYPES[opts.types?.[i] ?? 'varchar'])}`);
      // The importer has already found the header and delimiter; DuckDB's sniffer would only
      // second-guess them on files with title rows.
      parts.push(`columns = {${cols.join(', ')}}`, 'auto_detect = false');
    }
    return `read_csv(${parts.join(', ')})`;
  },
  guard: (cond, value, message) =>
    `(CASE WHEN ${cond} THEN error(${duckdbDialect.stringLiteral(message)}) ELSE ${value} END)`,
  readParquet: (path) => `read_parquet(${duckdbDialect.stringLiteral(path)})`,
  copyToParquet: (query, path) =>
    `COPY (${query}) TO ${duckdbDialect.stringLiteral(path)} (FORMAT parquet, COMPRESSION zstd)`,
};
