import type { Engine } from '../engines/engine.ts';
import { CONTRACT, type TableName } from './contract.ts';
import type { HeaderMapping } from './header-map.ts';
import { parsersFor, typedRulesFor } from './parse-sql.ts';
import type { Source } from './source.ts';
import { sourceColumn } from './source.ts';
import { blank, trimmed } from './staging.ts';
import { planTypedRead } from './typed-read.ts';

/** The message a row breaking an import rule raises inside a typed select. */
export const RULE_BROKEN = 'fulcrum: row breaks an import rule';

/** A file's rows as the table's typed columns: `SELECT values… FROM relation`, column by column. */
export interface TypedSelect {
  /** Quoted target column names, in the order of `values`. */
  columns: string[];
  /** One SQL expression per column, raising RULE_BROKEN where a row breaks an import rule. */
  values: string[];
  /** The engine's typed CSV read of the file. */
  relation: string;
}

/**
 * The typed read of a clean delimited file (see typed-read.ts), every import rule checked on the
 * way: NOT NULL, no negative money or quantities, the dialect's range checks. Null when the file
 * is not delimited text or its head shows values the reader would not parse as the SQL parsers
 * do; callers then take the staged path, which reports every bad cell with its row. Shared by the
 * direct load and by analyses that read a file in place without importing it.
 *
 * With `rawIds`, those text fields come as read, neither trimmed nor checked: the caller must
 * refuse any value `needsTrim` flags. With `reads` (the fields a caller will use) only those
 * are selected and checked: an engine drops the expression of a column no query reads, guard
 * and all, so the rules of unread columns would not hold anyway, and saying so keeps the
 * promise exact.
 */
export function typedSelect(
  engine: Engine,
  table: TableName,
  source: Source,
  mapping: HeaderMapping,
  reads?: readonly string[],
  rawIds: readonly string[] = [],
): TypedSelect | null {
  const d = engine.dialect;
  if (!source.csv) return null;
  const plan = planTypedRead(table, source.headers.length, mapping, source.csv.sample, source.csv.delimiter);
  if (!plan) return null;
  const parsers = parsersFor(d.name);
  const rules = typedRulesFor(d.name);
  const columns: string[] = [];
  const values: string[] = [];
  const parsed: string[] = [];
  for (const f of CONTRACT[table].fields) {
    const mapped = mapping.fields[f.name];
    if (!mapped || (reads && !reads.includes(f.name))) continue;
    const src = sourceColumn(mapped.index);
    const typed = plan.types[mapped.index] !== 'varchar';
    const text = f.kind === 'id' || f.kind === 'text';
    // An id the caller checks itself (needsTrim, once per distinct value) passes as read.
    if (text && !typed && rawIds.includes(f.name)) {
      columns.push(d.ident(f.name));
      values.push(src);
      continue;
    }
    // Numbers and dates trim spaces only, as staging does: their parsers skip the other blanks.
    // A parsed value is computed once, below the guards that test it several times.
    let cell = text ? trimmed(src) : `NULLIF(trim(${src}), '')`;
    let value = typed ? src : text ? cell : parsers[f.kind](cell);
    if (!typed && !text) {
      parsed.push(`${cell} AS _c${mapped.index}`, `${value} AS _v${mapped.index}`);
      cell = `_c${mapped.index}`;
      value = `_v${mapped.index}`;
    }
    const bad: string[] = [];
    // Blank text is decided on the raw column, so the trimmed value is computed once.
    if (f.notNull) bad.push(text && !typed ? blank(src) : `${value} IS NULL`);
    if (!typed && !text) bad.push(`(${cell} IS NOT NULL AND ${value} IS NULL)`);
    if (f.kind === 'money' || f.kind === 'quantity' || f.kind === 'count') bad.push(`${value} < 0`);
    const rule = rules[f.kind];
    if (typed && rule) bad.push(rule(value));
    columns.push(d.ident(f.name));
    values.push(bad.length ? d.guard(bad.join(' OR '), value, RULE_BROKEN) : value);
  }
  const read = d.readCsvText(source.csv.path, {
    delimiter: source.csv.delimiter,
    header: false,
    skip: source.csv.skip,
    columns: source.headers.map((_, i) => sourceColumn(i)),
    types: plan.types,
    timestampFormat: plan.timestampFormat,
    dateFormat: plan.dateFormat,
    padShortRows: source.csv.padShortRows,
  });
  const relation = parsed.length ? `(SELECT *, ${parsed.join(', ')} FROM ${read})` : read;
  return { columns, values, relation };
}
