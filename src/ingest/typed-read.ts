import type { SqlType } from '../sql/dialect.ts';
import { CONTRACT, type FieldKind, type TableName } from './contract.ts';
import type { HeaderMapping } from './header-map.ts';

/**
 * How the engine's CSV reader can parse a file itself: a type per source column and the
 * separators and date formats the sampled rows use. Only dates and times are typed by the
 * reader, each with the one exact format the sample shows; numbers are read as text and go
 * through the strict SQL parsers (parse-sql.ts), because the reader's own number parse rounds
 * fractions of a kopeck and reads «1_000» and «1e3» without a word.
 */
export interface TypedReadPlan {
  readonly types: SqlType[];
  /** The decimal separator of the sampled numbers (they are parsed in SQL, not by the reader). */
  readonly decimalSeparator: '.' | ',';
  readonly timestampFormat?: string;
  readonly dateFormat?: string;
}

/** Kinds the CSV reader types natively, and their column types. */
const NATIVE: Partial<Record<FieldKind, SqlType>> = {
  timestamp: 'timestamp',
  date: 'date',
};

const POINT_DECIMAL = /^-?\d+(\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(,\d+)?$/;
const WHOLE = /^-?\d+$/;

/**
 * Date layouts, most specific first: each maps a whole-value pattern to its exact format. An
 * exact format also refuses what the reader's default ISO parse would take silently: a zone
 * offset («+03:00», «Z») it drops, so such a row fails the read and goes to the staged path.
 */
const LAYOUTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, '%Y-%m-%d %H:%M:%S'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, '%Y-%m-%dT%H:%M:%S'],
  [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, '%Y-%m-%d %H:%M'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '%Y-%m-%dT%H:%M'],
  [/^\d{4}-\d{2}-\d{2}$/, '%Y-%m-%d'],
  [/^\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2}:\d{2}$/, '%d.%m.%Y %H:%M:%S'],
  [/^\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2}$/, '%d.%m.%Y %H:%M'],
  [/^\d{2}\.\d{2}\.\d{4}$/, '%d.%m.%Y'],
];

/** ISO dates with and without times mixed: read as text and parsed in SQL, zone offsets refused. */
const ISO_ANY = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?$/;

/**
 * The one format every sampled value has; 'text' for a mix of ISO layouts (the SQL parser reads
 * them); null for anything else, or no value to tell from.
 */
function timeFormat(values: readonly string[]): string | null {
  if (!values.length) return null;
  for (const [pattern, format] of LAYOUTS) if (values.every((v) => pattern.test(v))) return format;
  return values.every((v) => ISO_ANY.test(v)) ? 'text' : null;
}

/**
 * Plans a typed read from the sampled data rows, or returns null when the sample shows values the
 * reader would not parse the way the SQL parsers do (spaces in numbers, «₽», mixed separators or
 * date layouts). The plan is a guess from the head of the file: a later row it does not fit makes
 * the reader fail, and the importer then takes the text path, which reports every bad cell.
 */
export function planTypedRead(
  table: TableName,
  columnCount: number,
  mapping: HeaderMapping,
  sample: ReadonlyArray<readonly string[]>,
  delimiter: string,
): TypedReadPlan | null {
  const types: SqlType[] = Array.from({ length: columnCount }, () => 'varchar');
  const decimals = new Set<'.' | ','>();
  let timestampFormat: string | undefined;
  let dateFormat: string | undefined;
  for (const spec of CONTRACT[table].fields) {
    const mapped = mapping.fields[spec.name];
    const type = NATIVE[spec.kind];
    const numeric = spec.kind === 'money' || spec.kind === 'quantity' || spec.kind === 'count';
    if (!mapped || (!type && !numeric)) continue;
    const values = sample.map((r) => (r[mapped.index] ?? '').trim()).filter((v) => v !== '');
    if (spec.kind === 'timestamp' || spec.kind === 'date') {
      const format = timeFormat(values);
      if (format === null) return null;
      // A day given with a time goes through the SQL parser, which refuses a time of day (the
      // reader's date cast would drop it without a word) and reads midnight as the day.
      if (format === 'text' || (spec.kind === 'date' && format.includes('%H'))) continue;
      if (spec.kind === 'timestamp') timestampFormat = format;
      else dateFormat = format;
      if (type) types[mapped.index] = type;
    } else if (spec.kind === 'count') {
      if (!values.every((v) => WHOLE.test(v))) return null;
    } else if (spec.kind === 'money' || spec.kind === 'quantity') {
      for (const v of values) {
        if (WHOLE.test(v)) continue;
        if (POINT_DECIMAL.test(v)) decimals.add('.');
        else if (COMMA_DECIMAL.test(v)) decimals.add(',');
        else return null;
      }
    }
  }
  if (decimals.size > 1) return null;
  const decimalSeparator = decimals.has(',') ? ',' : '.';
  // A comma-delimited file with decimal commas has quoted numbers: rare, and not worth a guess.
  if (decimalSeparator === ',' && delimiter === ',') return null;
  return { types, decimalSeparator, timestampFormat, dateFormat };
}
