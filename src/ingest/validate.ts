import type { Engine } from '../engines/engine.ts';
import type { Dialect } from '../sql/dialect.ts';
import { CONTRACT, type FieldKind, type TableName } from './contract.ts';
import { malformedRows } from './malformed-rows.ts';
import { hasTimeOfDay, hasZone, MONEY_SCALE, numberText, QUANTITY_SCALE, tooPrecise } from './parse-sql.ts';
import { REASONS, reasonSql, type ReasonLang, type Reasons } from './reasons.ts';
import type { Source } from './source.ts';
import { rawCol, valCol, type Staged, type StagedField } from './staging.ts';
import { MAX_REPORTED_ERRORS, type RowError } from './types.ts';

/** Why negative revenue and items are refused (documented in docs/data-contract.md). */
export const NEGATIVE_RETURNS = REASONS.en.negativeReturns;
const NUMERIC: ReadonlySet<FieldKind> = new Set(['money', 'quantity', 'count']);
const TEXTUAL: ReadonlySet<FieldKind> = new Set(['id', 'text']);
const TIMES: ReadonlySet<FieldKind> = new Set(['timestamp', 'date', 'month']);
const SCALE: Partial<Record<FieldKind, number>> = { money: MONEY_SCALE, quantity: QUANTITY_SCALE };

/**
 * Why a value did not parse: the specific reason for a value a lax parser would have changed
 * silently (rounded kopecks, «1_000», «1e3», a dropped zone offset), else the kind's general one.
 */
function parseReason(d: Dialect, r: Reasons, kind: FieldKind, raw: string): string {
  const general = reasonSql(d, r.parse[kind], { value: raw });
  const arms: string[] = [];
  const scale = SCALE[kind];
  if (scale !== undefined) {
    const places = String(scale);
    arms.push(
      `WHEN ${tooPrecise(numberText(raw), scale)} THEN ${reasonSql(d, r.tooPrecise, {}, { places })}`,
    );
  }
  if (NUMERIC.has(kind)) {
    arms.push(`WHEN contains(${raw}, '_') THEN ${d.stringLiteral(r.digitGroups)}`);
    arms.push(`WHEN regexp_matches(${raw}, '[0-9][eE][+-]?[0-9]') THEN ${d.stringLiteral(r.exponent)}`);
  }
  if (TIMES.has(kind)) arms.push(`WHEN ${hasZone(raw)} THEN ${d.stringLiteral(r.zone)}`);
  if (kind === 'date') arms.push(`WHEN ${hasTimeOfDay(raw)} THEN ${d.stringLiteral(r.timeOfDay)}`);
  return arms.length ? `(CASE ${arms.join(' ')} ELSE ${general} END)` : general;
}

/** One check: rows of the typed view that break a rule, as (row, column, value, reason). */
const check = (view: string, column: string, value: string, reason: string, where: string): string =>
  `SELECT _row AS err_row, ${column} AS err_column, ${value} AS err_value, ${reason} AS err_reason
   FROM ${view} WHERE ${where}`;

function cellChecks(
  d: Dialect,
  r: Reasons,
  view: string,
  table: TableName,
  f: StagedField & { header: string },
): string[] {
  const { name, kind, notNull } = f.spec;
  const col = d.stringLiteral(f.header);
  const raw = rawCol(name);
  const val = valCol(name);
  const out: string[] = [];
  if (notNull) out.push(check(view, col, raw, d.stringLiteral(r.missing), `${raw} IS NULL`));
  if (!TEXTUAL.has(kind)) {
    out.push(check(view, col, raw, parseReason(d, r, kind, raw), `${raw} IS NOT NULL AND ${val} IS NULL`));
  }
  if (NUMERIC.has(kind)) {
    const why =
      table === 'orders' && (name === 'revenue' || name === 'items') ? r.negativeReturns : r.negative;
    out.push(check(view, col, raw, d.stringLiteral(why), `${val} < 0`));
  }
  return out;
}

/** Later rows repeating the key of an earlier row (leads, spend, costs). */
function duplicateCheck(d: Dialect, r: Reasons, s: Staged, table: TableName): string | null {
  const key = CONTRACT[table].key.map((k) => s.fields.find((f) => f.spec.name === k));
  if (table === 'orders' || key.some((f) => !f?.header)) return null;
  const fields = key as Array<StagedField & { header: string }>;
  const vals = fields.map((f) => valCol(f.spec.name));
  const label = fields.map((f) => f.spec.name).join(' + ');
  const inner = `(SELECT *, min(_row) OVER (PARTITION BY ${vals.join(', ')}) AS first_row FROM ${s.view}
    WHERE ${vals.map((v) => `${v} IS NOT NULL`).join(' AND ')})`;
  const value = fields.map((f) => rawCol(f.spec.name)).join(` || ' / ' || `);
  const reason = reasonSql(d, r.duplicate, { row: 'first_row' }, { field: label });
  const column = d.stringLiteral(fields.map((f) => f.header).join(' + '));
  return check(inner, column, value, reason, '_row > first_row');
}

/** Order lines sharing an order_id must agree on customer and time; later disagreeing lines fail. */
function orderConsistencyChecks(d: Dialect, r: Reasons, s: Staged): string[] {
  const id = s.fields.find((f) => f.spec.name === 'order_id');
  if (!id?.header) return [];
  return s.fields
    .filter(
      (f): f is StagedField & { header: string } => !!f.header && ['customer_id', 'ts'].includes(f.spec.name),
    )
    .map((f) => {
      const val = valCol(f.spec.name);
      // A cheap GROUP BY finds the orders whose lines disagree (min ≠ max); the ordered window
      // that names the first line runs on those orders only, usually none.
      const conflicted = `(SELECT val_order_id FROM ${s.view} WHERE val_order_id IS NOT NULL
        GROUP BY val_order_id HAVING min(${val}) <> max(${val}))`;
      const inner = `(SELECT *, first_value(${val}) OVER w AS first_val, min(_row) OVER w AS first_row
        FROM ${s.view} WHERE val_order_id IN ${conflicted}
        WINDOW w AS (PARTITION BY val_order_id ORDER BY _row))`;
      const reason = reasonSql(
        d,
        r.orderConflict,
        { order: 'val_order_id', row: 'first_row' },
        { field: f.spec.name },
      );
      const where = `${val} IS NOT NULL AND first_val IS NOT NULL AND ${val} <> first_val`;
      return check(inner, d.stringLiteral(f.header), rawCol(f.spec.name), reason, where);
    });
}

/** The full error query: every rule, in file order, the first MAX_REPORTED_ERRORS with the total. */
export function validationSql(d: Dialect, s: Staged, table: TableName, lang: ReasonLang = 'en'): string {
  const r = REASONS[lang];
  const checks: string[] = [];
  for (const f of s.fields)
    if (f.header) checks.push(...cellChecks(d, r, s.view, table, f as StagedField & { header: string }));
  const dup = duplicateCheck(d, r, s, table);
  if (dup) checks.push(dup);
  if (table === 'orders') checks.push(...orderConsistencyChecks(d, r, s));
  return `SELECT err_row, err_column, err_value, err_reason, count(*) OVER () AS total
    FROM (${checks.join('\nUNION ALL\n')}) ORDER BY err_row, err_column, err_reason LIMIT ${MAX_REPORTED_ERRORS}`;
}

/**
 * Runs every check over the staged rows; errors are data. Rows of a delimited `source` that could
 * not be split into cells come first and alone: the rows after them were not read as written.
 */
export async function validateStaged(
  engine: Engine,
  s: Staged,
  table: TableName,
  file: string,
  lang: ReasonLang = 'en',
  source?: Source,
): Promise<{ errors: RowError[]; errorCount: number }> {
  if (source?.csv) {
    const broken = await malformedRows(engine, source.csv, source.headers, file, lang);
    if (broken.errorCount > 0) return broken;
  }
  const rows = await engine.driver.query(validationSql(engine.dialect, s, table, lang));
  const errors = rows.map((r) => ({
    file,
    row: Number(r['err_row']),
    column: String(r['err_column']),
    value: r['err_value'] === null ? null : String(r['err_value']),
    reason: String(r['err_reason']),
  }));
  return { errors, errorCount: Number(rows[0]?.['total'] ?? 0) };
}
