import type { Engine } from '../engines/engine.ts';
import { CONTRACT, IMPORT_ID_COLUMN, type TableName } from './contract.ts';
import { dimCol, valCol, type Staged } from './staging.ts';
import { addDimensionColumns } from './warehouse-schema.ts';

/** What the write changed. */
export interface WriteOutcome {
  rowsInserted: number;
  rowsReplaced: number;
}

const countOf = (rows: Array<Record<string, unknown>>): number => Number(rows[0]?.['Count'] ?? 0);

/**
 * Replaces stored rows that share a key with the batch, then inserts the batch, in one
 * transaction: a failure anywhere rolls back, new dimension columns included, and stored rows
 * stay as they were. Keys: orders by order_id (all lines), leads by lead_id, spend by
 * date+channel, costs by month+kind.
 */
export async function writeStaged(
  engine: Engine,
  s: Staged,
  table: TableName,
  importId: number,
): Promise<WriteOutcome> {
  const d = engine.dialect;
  const target = d.ident(table);
  const keyTest = CONTRACT[table].key
    .map((k) => `${s.view}.${valCol(k)} = ${target}.${d.ident(k)}`)
    .join(' AND ');
  const cols = [...s.fields.map((f) => d.ident(f.spec.name)), ...s.dimensions.map((n) => d.ident(n))];
  const vals = [...s.fields.map((f) => valCol(f.spec.name)), ...s.dimensions.map(dimCol)];
  cols.push(d.ident(IMPORT_ID_COLUMN));
  vals.push(String(importId));
  return engine.driver.transaction(async () => {
    await addDimensionColumns(engine, table, s.dimensions);
    const deleted = await engine.driver.query(
      `DELETE FROM ${target} WHERE EXISTS (SELECT 1 FROM ${s.view} WHERE ${keyTest})`,
    );
    const inserted = await engine.driver.query(
      `INSERT INTO ${target} (${cols.join(', ')}) SELECT ${vals.join(', ')} FROM ${s.view}`,
    );
    return { rowsReplaced: countOf(deleted), rowsInserted: countOf(inserted) };
  });
}
