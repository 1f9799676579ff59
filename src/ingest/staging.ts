import type { Engine } from '../engines/engine.ts';
import { CONTRACT, type FieldKind, type FieldSpec, type TableName } from './contract.ts';
import type { HeaderMapping } from './header-map.ts';
import { parsersFor } from './parse-sql.ts';
import { readFailure } from './read-failure.ts';
import { sourceColumn, type Source } from './source.ts';

/** A canonical field as staged: its source header, or null when synthesised (order_id). */
export interface StagedField {
  readonly spec: FieldSpec;
  readonly header: string | null;
}

/** The staged file: a temp table of text plus a view of parsed values; drop() removes both. */
export interface Staged {
  /** Temp view: _row, raw_<field> (text), val_<field> (typed), dim_<name> (text). */
  readonly view: string;
  readonly fields: StagedField[];
  readonly dimensions: string[];
  readonly rowsRead: number;
  drop(): Promise<void>;
}

export const rawCol = (field: string): string => `raw_${field}`;
export const valCol = (field: string): string => `val_${field}`;
export const dimCol = (dim: string): string => `dim_${dim}`;

const NUMERIC_OR_TIME: ReadonlySet<FieldKind> = new Set([
  'money',
  'quantity',
  'count',
  'timestamp',
  'date',
  'month',
]);

/** Kinds whose parser is the identity: the trimmed text is the value. */
const IDENTITY: ReadonlySet<FieldKind> = new Set(['id', 'text']);

// The characters trimmed from text, as code points and as one SQL string.
const TRIM_CODES = '32, 9, 13, 160';
const TRIM_CHARS = `' ' || chr(9) || chr(13) || chr(160)`;

/**
 * Text with spaces, tabs and no-break spaces trimmed; blank text is NULL (" 00004" equals
 * "00004"). Trimming a character set costs DuckDB 0.3 s per 4.4M values even when there is
 * nothing to trim, so the first and last characters are tested first and only padded text is
 * trimmed: real exports rarely pad. `c` should be a column: it is evaluated more than once.
 */
export const trimmed = (c: string): string =>
  `CASE WHEN ${padded(c)} THEN NULLIF(trim(${c}, ${TRIM_CHARS}), '') ELSE NULLIF(${c}, '') END`;

// Text whose first or last character is one trim removes (NULL for NULL text).
const padded = (c: string): string =>
  `(ascii(${c}) IN (${TRIM_CODES}) OR ascii(${c}[-1]) IN (${TRIM_CODES}))`;

/**
 * Whether `trimmed(c)` differs from `c` or is NULL — missing, empty, or starting or ending with
 * a character trim removes — from its two end characters: for callers that take text as read
 * and must refuse what an import would have changed.
 */
export const needsTrim = (c: string): string => `(${c} IS NULL OR ${c} = '' OR ${padded(c)})`;

/**
 * Whether `trimmed(c)` is NULL, without trimming: text is blank only when it is missing, empty,
 * or starts with a character trim removes (ascii('') is 0), so one function call decides it for
 * almost every value.
 */
export const blank = (c: string): string =>
  `(coalesce(ascii(${c}), 0) IN (0, ${TRIM_CODES}) AND coalesce(trim(${c}, ${TRIM_CHARS}), '') = '')`;

/** Columns up to which the blank-row test trims each cell (see stageSource). */
const TRIM_EACH_UP_TO = 16;

/** Trailing report rows («Итого», «Всего», Direct API's «Total rows: N») are not data. */
export const TOTAL_PATTERN = '^(итого|всего|total)';

/**
 * Reads the source once into a temp table of trimmed text and parsed values (DuckDB streams the
 * file; insertion order is kept, so rowid is the data row index), then defines a view adding file
 * row numbers. Blank rows and trailing total rows are left out of the view rather than deleted,
 * so rowids stay stable. Parsing happens here only: validation and the write read typed columns.
 */
export async function stageSource(
  engine: Engine,
  file: string,
  table: TableName,
  source: Source,
  mapping: HeaderMapping,
  opts: { importId: number; fileHash: Promise<string> },
): Promise<Staged> {
  const d = engine.dialect;
  const q = engine.driver;
  const tbl = d.ident(`_stage_${opts.importId}`);
  const view = d.ident(`_rows_${opts.importId}`);
  const cols = source.headers.map((_, i) => d.ident(sourceColumn(i)));
  // Trimming tabs and no-break spaces costs DuckDB twice a plain trim, so it is kept for text
  // (where " 00004" must equal "00004"); number and date parsers skip those characters anyway.
  const spacesTrimmed = (c: string): string => `NULLIF(trim(${c}), '')`;
  const trimFor = (kind: FieldKind): ((c: string) => string) =>
    NUMERIC_OR_TIME.has(kind) ? spacesTrimmed : trimmed;
  // A row is blank when every cell trims to nothing. A trimmed() per cell is the cheapest for a
  // few columns (COALESCE stops at the first filled one), but DuckDB's common-subexpression pass
  // is quadratic in their number (1 s to plan 64, 12 s for 250), so a wider row is trimmed
  // once, its cells joined: 2-3 times slower per row, and free to plan.
  const blank =
    cols.length === 0
      ? 'true'
      : cols.length <= TRIM_EACH_UP_TO
        ? `COALESCE(${cols.map(trimmed).join(', ')}) IS NULL`
        : `coalesce(trim(concat(${cols.join(', ')}), ${TRIM_CHARS}), '') = ''`;
  // Only the first characters are lower-cased and matched: this runs on every row of the file.
  const total = cols
    .slice(0, 3)
    .map((c) => `regexp_matches(lower(ltrim(left(COALESCE(${c}, ''), 12))), '${TOTAL_PATTERN}')`)
    .join(' OR ');

  const parsers = parsersFor(d.name);
  const fields: StagedField[] = [];
  let syntheticAt = -1;
  const inner = [`${blank} AS _blank`, `${total || 'false'} AS _total`];
  const outer = ['_blank', '_total'];
  const rowNumber = `rowid + ${source.firstDataRow}`;
  const viewCols = [`${rowNumber} AS _row`];
  for (const spec of CONTRACT[table].fields) {
    const mapped = mapping.fields[spec.name];
    if (mapped) {
      const raw = rawCol(spec.name);
      inner.push(`${trimFor(spec.kind)(cols[mapped.index]!)} AS ${raw}`);
      if (IDENTITY.has(spec.kind)) {
        // Ids and text are their own parsed value: storing them twice cost a third of the stage.
        outer.push(raw);
        viewCols.push(raw, `${raw} AS ${valCol(spec.name)}`);
      } else {
        outer.push(raw, `${parsers[spec.kind](raw)} AS ${valCol(spec.name)}`);
        viewCols.push(raw, valCol(spec.name));
      }
      fields.push({ spec, header: mapped.header });
    } else if (spec.name === 'order_id') {
      // Filled in once the file hash is known (it is computed while DuckDB reads the file).
      syntheticAt = viewCols.length;
      viewCols.push('');
      fields.push({ spec, header: null });
    }
  }
  for (const dim of mapping.dimensions) {
    inner.push(`${trimmed(cols[dim.index]!)} AS ${dimCol(dim.target)}`);
    outer.push(dimCol(dim.target));
    viewCols.push(dimCol(dim.target));
  }
  const drop = async (): Promise<void> => {
    await q.exec(`DROP VIEW IF EXISTS ${view}`);
    await q.exec(`DROP TABLE IF EXISTS ${tbl}`);
  };
  try {
    await q.exec(
      `CREATE OR REPLACE TEMP TABLE ${tbl} AS SELECT ${outer.join(', ')}
       FROM (SELECT ${inner.join(', ')} FROM ${source.relation})`,
    );
  } catch (e) {
    await drop();
    throw readFailure(file, source.format, e);
  }
  if (syntheticAt >= 0) {
    // Deterministic ids: the same file re-imported yields the same ids, so it replaces itself.
    const prefix = d.stringLiteral(`${(await opts.fileHash).slice(0, 12)}-`);
    viewCols[syntheticAt] = `${prefix} || CAST(${rowNumber} AS VARCHAR) AS ${valCol('order_id')}`;
  }
  const [stats] = await q.query(`SELECT max(rowid) AS last FROM ${tbl} WHERE NOT _blank AND NOT _total`);
  const last = Number(stats?.['last'] ?? -1);
  await q.exec(
    `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${viewCols.join(', ')} FROM ${tbl}
     WHERE rowid <= ${last} AND NOT _blank`,
  );
  const [count] = await q.query(`SELECT count(*) AS n FROM ${view}`);
  return {
    view,
    fields,
    dimensions: mapping.dimensions.map((m) => m.target),
    rowsRead: Number(count?.['n'] ?? 0),
    drop,
  };
}
