import type { Engine } from '../engines/engine.ts';
import type { SqlType } from '../sql/dialect.ts';
import { CONTRACT, IMPORT_ID_COLUMN, TABLE_NAMES, type FieldKind, type TableName } from './contract.ts';

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
