import type { FieldKind } from './contract.ts';
import { COST_KIND_VALUES, LEAD_STATUS_VALUES } from './value-maps.ts';

/** Turns a trimmed, non-empty text expression into a typed one; NULL means "could not parse". */
export type Parser = (raw: string) => string;

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * Russian number text → plain decimal text: spaces, NBSP and thin spaces (thousands), ₽/руб.
 * suffixes and a Unicode minus are normalised; the last of «,» «.» is the decimal separator
 * when both appear, otherwise a comma is decimal. So «1 234,50 ₽» and «1,234.50» both read 1234.5.
 */
function numberText(raw: string): string {
  const s = `regexp_replace(replace(${raw}, '−', '-'), '[\\s\\x{00A0}\\x{2009}\\x{202F}]|₽|руб\\.?|р\\.|rub', '', 'gi')`;
  return `(CASE WHEN ${s} LIKE '%,%.%' THEN replace(${s}, ',', '')
    WHEN ${s} LIKE '%.%,%' THEN replace(replace(${s}, '.', ''), ',', '.')
    ELSE replace(${s}, ',', '.') END)`;
}

/**
 * A decimal: plain number text is cast directly; only what that cannot read (decimal commas,
 * spaces, ₽) goes through the normalising regexp — COALESCE evaluates it for those rows only.
 */
function decimal(raw: string, type: string): string {
  return `COALESCE(TRY_CAST(${raw} AS ${type}), TRY_CAST(${numberText(raw)} AS ${type}))`;
}

/** ISO with or without time, dd.mm.yyyy with optional H:MM[:SS] (1C writes «01.01.2021 0:00:00»). */
const TIMESTAMP_FORMATS = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%dT%H:%M',
  '%Y-%m-%d',
  '%d.%m.%Y %H:%M:%S',
  '%d.%m.%Y %H:%M',
  '%d.%m.%Y',
];

/** Years outside this range are typos or two-digit years read literally (01.03.24 → year 24). */
const YEARS = 'BETWEEN 1900 AND 2200';
function plausible(ts: string): string {
  return `(CASE WHEN year(${ts}) ${YEARS} THEN ${ts} END)`;
}

/** The text shape a strptime format accepts: %Y four digits, the other fields one or two. */
export function formatShape(format: string): string {
  return format.replace(/%[YmdHMS]|[.\\^$|?*+()[\]{}]/g, (t) =>
    t === '%Y' ? '\\d{4}' : t.startsWith('%') ? '\\d{1,2}' : `\\${t}`,
  );
}

/**
 * try_strptime, asked only of text shaped like its format. DuckDB 1.5's parser reads a byte past
 * the end of text that is a prefix of the format («01.03.2024 12:00» against «… %H:%M:%S»):
 * usually harmless, a segfault when the text ends on the last byte of a memory page (it crashed
 * about every other 2 GB import). The shape check also spares the failed parses building error
 * messages, which made the staged path several times slower.
 */
function strptime(text: string, format: string): string {
  return `(CASE WHEN regexp_full_match(${text}, ${lit(formatShape(format))}) THEN try_strptime(${text}, ${lit(format)}) END)`;
}

function timestamp(raw: string): string {
  // Staging trims only spaces from dates; tabs and no-break spaces go here, on the few rows the cast missed.
  const clean = `trim(${raw}, ' ' || chr(9) || chr(13) || chr(160))`;
  const tries = TIMESTAMP_FORMATS.map((f) => strptime(clean, f));
  // The plain cast goes first: it reads ISO text (most exports, fractional seconds and zone
  // offsets included) fastest, and COALESCE tries the formats only on the rows it could not read.
  return plausible(
    `COALESCE(TRY_CAST(${raw} AS TIMESTAMP), ${tries.join(', ')}, TRY_CAST(${clean} AS TIMESTAMP))`,
  );
}

function month(raw: string): string {
  const ts = `COALESCE(${strptime(raw, '%Y-%m')}, ${strptime(raw, '%m.%Y')}, ${timestamp(raw)})`;
  return `CAST(date_trunc('month', ${plausible(ts)}) AS DATE)`;
}

/** A CASE mapping known category spellings to codes; anything else becomes NULL (an error). */
function category(values: Record<string, readonly string[]>): Parser {
  return (raw) => {
    const key = `replace(lower(${raw}), 'ё', 'е')`;
    const arms = Object.entries(values).map(([code, spellings]) => {
      return `WHEN ${key} IN (${spellings.map(lit).join(', ')}) THEN ${lit(code)}`;
    });
    return `(CASE ${arms.join(' ')} END)`;
  };
}

/** One parser per field kind, for DuckDB. */
export const DUCKDB_PARSERS: Record<FieldKind, Parser> = {
  id: (raw) => raw,
  text: (raw) => raw,
  timestamp,
  date: (raw) => `CAST(${timestamp(raw)} AS DATE)`,
  month,
  money: (raw) => decimal(raw, 'DECIMAL(18,2)'),
  quantity: (raw) => decimal(raw, 'DECIMAL(18,3)'),
  // Whole numbers only: a cast would round «12,5» clicks to 13 without a word.
  count: (raw) => `(CASE WHEN regexp_matches(${numberText(raw)}, '^-?[0-9]+(\\.0+)?$')
    THEN TRY_CAST(TRY_CAST(${numberText(raw)} AS DECIMAL(38,3)) AS BIGINT) END)`,
  lead_status: category(LEAD_STATUS_VALUES),
  cost_kind: category(COST_KIND_VALUES),
};

/**
 * For values the CSV reader already typed: the condition under which the text parser would have
 * refused the value (a year outside 1900–2200 reads as a typo). Kinds without a rule accept all.
 */
export type TypedRule = (value: string) => string;
// Compared as values rather than through year(): the same years, a fifth of the cost per row.
export const DUCKDB_TYPED_RULES: Partial<Record<FieldKind, TypedRule>> = {
  timestamp: (v) => `(${v} < TIMESTAMP '1900-01-01' OR ${v} >= TIMESTAMP '2201-01-01')`,
  date: (v) => `(${v} < DATE '1900-01-01' OR ${v} >= DATE '2201-01-01')`,
};

/** Parsers by dialect name; a second engine adds its row here. */
const PARSERS: Record<string, Record<FieldKind, Parser>> = { duckdb: DUCKDB_PARSERS };
const TYPED_RULES: Record<string, Partial<Record<FieldKind, TypedRule>>> = { duckdb: DUCKDB_TYPED_RULES };

/** The typed-value rules of an engine's dialect (none for a dialect without parsers). */
export function typedRulesFor(dialect: string): Partial<Record<FieldKind, TypedRule>> {
  return TYPED_RULES[dialect] ?? {};
}

/** The parsers for an engine's dialect, with a clear error for one that has none yet. */
export function parsersFor(dialect: string): Record<FieldKind, Parser> {
  const p = PARSERS[dialect];
  if (!p)
    throw new Error(`no import parsers for dialect ${dialect} (known: ${Object.keys(PARSERS).join(', ')})`);
  return p;
}
