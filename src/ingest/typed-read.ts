import type { SqlType } from '../sql/dialect.ts';
import { CONTRACT, type FieldKind, type TableName } from './contract.ts';
import type { HeaderMapping } from './header-map.ts';

/**
 * How the engine's CSV reader can parse a file itself: a type per source column and the
 * separators and date formats the sampled rows use. Only kinds the reader parses natively are
 * typed; the rest stay text and go through the SQL parsers.
 */
export interface TypedReadPlan {
  readonly types: SqlType[];
  readonly decimalSeparator: '.' | ',';
  readonly timestampFormat?: string;
  readonly dateFormat?: string;
}

/** Kinds the CSV reader types natively, and their column types. */
const NATIVE: Partial<Record<FieldKind, SqlType>> = {
  money: 'money',
  quantity: 'quantity',
  count: 'bigint',
  timestamp: 'timestamp',
  date: 'date',
};

const POINT_DECIMAL = /^-?\d+(\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(,\d+)?$/;
const WHOLE = /^-?\d+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** Russian date layouts, most specific first: each maps a whole-value pattern to its format. */
const DOTTED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2}:\d{2}$/, '%d.%m.%Y %H:%M:%S'],
  [/^\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2}$/, '%d.%m.%Y %H:%M'],
  [/^\d{2}\.\d{2}\.\d{4}$/, '%d.%m.%Y'],
];

/** The one format every sampled value has, '' for ISO (the reader's default), null for a mix. */
function timeFormat(values: readonly string[]): string | null {
  if (values.every((v) => ISO_TIME.test(v))) return '';
  for (const [pattern, format] of DOTTED) if (values.every((v) => pattern.test(v))) return format;
  return null;
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
    if (!mapped || !type) continue;
    const values = sample.map((r) => (r[mapped.index] ?? '').trim()).filter((v) => v !== '');
    if (spec.kind === 'timestamp' || spec.kind === 'date') {
      const format = timeFormat(values);
      if (format === null) return null;
      if (spec.kind === 'timestamp') timestampFormat = format || undefined;
      else dateFormat = format || undefined;
    } else if (spec.kind === 'count') {
      if (!values.every((v) => WHOLE.test(v))) return null;
    } else {
      for (const v of values) {
        if (WHOLE.test(v)) continue;
        if (POINT_DECIMAL.test(v)) decimals.add('.');
        else if (COMMA_DECIMAL.test(v)) decimals.add(',');
        else return null;
      }
    }
    types[mapped.index] = type;
  }
  if (decimals.size > 1) return null;
  const decimalSeparator = decimals.has(',') ? ',' : '.';
  // A comma-delimited file with decimal commas has quoted numbers: rare, and not worth a guess.
  if (decimalSeparator === ',' && delimiter === ',') return null;
  return { types, decimalSeparator, timestampFormat, dateFormat };
}
