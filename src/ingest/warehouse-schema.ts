import type { Engine } from '../engines/engine.ts';
import type { SqlType } from '../sql/dialect.ts';
import { CONTRACT, IMPORT_ID_COLUMN, TABLE_NAMES, type FieldKind, type TableName } from './contract.ts';
import { MAX_DIMENSION_COLUMNS, tooManyDimensions } from './limits.ts';

/** Storage type per field kind: categories and ids are text, money exact to the kopeck. */
export const KIND_TYPE: Record<FieldKind, SqlType> = {
  id: 'varchar',
  text: 'varchar',
  timestamp: 'timestamp',
  date: 'date',
  month: 'date',
  money: 'money',
  quantity: 'quantity',
  count: 'bigint',
  lead_status: 'varchar',
  cost_kind: 'varchar',
};

/** CREATE TABLE IF NOT EXISTS for one canonical table, from the contract. */
export function createTableSql(engine: Engine, table: TableName): string {
  const d = engine.dialect;
  const cols = CONTRACT[table].fields.map(
    (f) => `${d.ident(f.name)} ${d.type(KIND_TYPE[f.kind])}${f.notNull ? ' NOT NULL' : ''}`,
  );
  cols.push(`${d.ident(IMPORT_ID_COLUMN)} ${d.type('bigint')}`);
  return `CREATE TABLE IF NOT EXISTS ${d.ident(table)} (${cols.join(', ')})`;
}

/** Creates the four canonical tables when missing; safe to call before every import. */
export async function ensureWarehouse(engine: Engine): Promise<void> {
  for (const t of TABLE_NAMES) await engine.driver.exec(createTableSql(engine, t));
}

/** Adds VARCHAR dimension columns a file brings (orders: store, manager, any extra header). */
export async function addDimensionColumns(
  engine: Engine,
  table: TableName,
  names: readonly string[],
): Promise<void> {
  const d = engine.dialect;
  for (const n of names) {
    await engine.driver.exec(
      `ALTER TABLE ${d.ident(table)} ADD COLUMN IF NOT EXISTS ${d.ident(n)} ${d.type('varchar')}`,
    );
  }
}

/** The dimension columns a table holds: every column that is neither a field nor the import id. */
export async function dimensionColumns(engine: Engine, table: TableName): Promise<string[]> {
  const own = new Set([...CONTRACT[table].fields.map((f) => f.name), IMPORT_ID_COLUMN]);
  const rows = await engine.driver.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => String(r['column_name'])).filter((c) => !own.has(c));
}

/**
 * Refuses a file whose new dimension columns would take the table past MAX_DIMENSION_COLUMNS:
 * added columns stay for good, so the check comes before anything is read into the engine.
 */
export async function checkDimensionRoom(
  engine: Engine,
  file: string,
  table: TableName,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return;
  const existing = await dimensionColumns(engine, table);
  const have = new Set(existing);
  const added = names.filter((n) => !have.has(n));
  if (existing.length + added.length > MAX_DIMENSION_COLUMNS)
    throw tooManyDimensions(file, table, existing.length, added);
}
