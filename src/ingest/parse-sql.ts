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
export function numberText(raw: string): string {
  const s = `regexp_replace(replace(${raw}, '−', '-'), '[\\s\\x{00A0}\\x{2009}\\x{202F}]|₽|руб\\.?|р\\.|rub', '', 'gi')`;
  return `(CASE WHEN ${s} LIKE '%,%.%' THEN replace(${s}, ',', '')
    WHEN ${s} LIKE '%.%,%' THEN replace(replace(${s}, '.', ''), ',', '.')
    ELSE replace(${s}, ',', '.') END)`;
}

/**
 * Number text after numberText() with at most `scale` decimal places: an optional sign, digits,
 * one decimal point. No «_» digit groups and no exponent: DuckDB's cast reads «1_000» and «1e3»
 * as 1000, and an exponent is how Excel writes a number it has already rounded.
 */
const numberShape = (scale: number): string => `'[+-]?([0-9]+([.][0-9]{0,${scale}})?|[.][0-9]{1,${scale}})'`;

/** More decimal places than a type keeps: the cast would round them away without a word. */
export function tooPrecise(normalised: string, scale: number): string {
  return `regexp_full_match(${normalised}, '[+-]?[0-9]*[.][0-9]{${scale + 1},}')`;
}

/**
 * A decimal with at most `scale` decimal places; more is refused, never rounded (money is exact
 * to the kopeck: 0.005 is not 0.01). Plain text («1234.5», «1234,50») is cast directly; only what
 * that cannot read (spaces, ₽, thousands separators) goes through the normalising regexp.
 */
function decimal(raw: string, type: string, scale: number): string {
  const plain = `'-?[0-9]+([.,][0-9]{1,${scale}})?'`;
  const norm = numberText(raw);
  return `(CASE WHEN regexp_full_match(${raw}, ${plain}) THEN TRY_CAST(replace(${raw}, ',', '.') AS ${type})
    WHEN regexp_full_match(${norm}, ${numberShape(scale)}) THEN TRY_CAST(${norm} AS ${type}) END)`;
}

/** Decimal places money and quantities keep (DECIMAL(18,2) and DECIMAL(18,3) in the warehouse). */
export const MONEY_SCALE = 2;
export const QUANTITY_SCALE = 3;

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

/**
 * ISO date and time as the plain cast reads it, without a zone: the cast would also take
 * «+03:00» or «Z» and drop it (a different instant, silently), and words such as «epoch».
 */
const ISO_SHAPE = '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?)?';
const iso = (text: string): string =>
  `(CASE WHEN regexp_full_match(${text}, '${ISO_SHAPE}') THEN TRY_CAST(${text} AS TIMESTAMP) END)`;

/** A zone offset or «Z»/«UTC» after a time: refused, with its own reason (see validate.ts). */
export function hasZone(raw: string): string {
  return `regexp_matches(${raw}, '[0-9]:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)? ?([zZ]|UTC|utc|[+-][0-9]{1,2}(:?[0-9]{2})?)$')`;
}

function timestamp(raw: string): string {
  // Staging trims only spaces from dates; tabs and no-break spaces go here, on the few rows the cast missed.
  const clean = `trim(${raw}, ' ' || chr(9) || chr(13) || chr(160))`;
  const tries = TIMESTAMP_FORMATS.map((f) => strptime(clean, f));
  // The ISO cast goes first: it reads most exports (fractional seconds included) fastest, and
  // COALESCE tries the formats only on the rows it could not read.
  return plausible(`COALESCE(${iso(raw)}, ${tries.join(', ')}, ${iso(clean)})`);
}

/**
 * A day (spend.date): the date and time parse, kept only at midnight. A time of day would be
 * dropped by the cast, and an hourly export read as days would sum or collide without a word;
 * so «2024-03-01 14:30» is refused (validate.ts names the row), «2024-03-01 00:00:00» is the day.
 * The parse is written twice; day fields are in small files (spend), so the cost does not tell.
 */
function date(raw: string): string {
  const ts = timestamp(raw);
  return `(CASE WHEN ${ts} = date_trunc('day', ${ts}) THEN CAST(${ts} AS DATE) END)`;
}

/** A value that reads as a date and time but not as a day: a time of day other than midnight. */
export function hasTimeOfDay(raw: string): string {
  return `(${timestamp(raw)} IS NOT NULL AND ${date(raw)} IS NULL)`;
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
  date,
  month,
  money: (raw) => decimal(raw, 'DECIMAL(18,2)', MONEY_SCALE),
  quantity: (raw) => decimal(raw, 'DECIMAL(18,3)', QUANTITY_SCALE),
  // Whole numbers only: a cast would round «12,5» clicks to 13 without a word. Plain digits
  // are cast directly; the rest must be digits once spaces are gone (no «1_000», no «1e3»).
  count: (raw) => `(CASE WHEN regexp_full_match(${raw}, '-?[0-9]+') THEN TRY_CAST(${raw} AS BIGINT)
    WHEN regexp_matches(${numberText(raw)}, '^-?[0-9]+(\\.0+)?$')
    THEN TRY_CAST(TRY_CAST(${numberText(raw)} AS DECIMAL(38,3)) AS BIGINT) END)`,
  lead_status: category(LEAD_STATUS_VALUES),
  cost_kind: category(COST_KIND_VALUES),
};

/**
 * For values the CSV reader already typed: the condition under which the text parser may have
 * refused the value (a year outside 1900–2200 reads as a typo), so the row goes to the text path
 * to be decided there. Kinds without a rule accept all.
 */
export type TypedRule = (value: string) => string;
// Compared as values rather than through year(): the same years, a fifth of the cost per row.
// The reader with a format also takes the word «epoch», as 1900-01-01 00:00: that first instant
// of the range goes to the text path, which reads a written 1900-01-01 and refuses the word.
export const DUCKDB_TYPED_RULES: Partial<Record<FieldKind, TypedRule>> = {
  timestamp: (v) => `(${v} <= TIMESTAMP '1900-01-01' OR ${v} >= TIMESTAMP '2201-01-01')`,
  date: (v) => `(${v} <= DATE '1900-01-01' OR ${v} >= DATE '2201-01-01')`,
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
