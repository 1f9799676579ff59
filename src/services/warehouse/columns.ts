import type { Engine } from '../../engines/engine.ts';

/** Table → its column names, read from the warehouse catalogue (tables not yet created are absent). */
export type WarehouseColumns = Map<string, Set<string>>;

/** Reads which canonical tables exist and which columns (dimensions) each has. */
export async function readWarehouseColumns(engine: Engine): Promise<WarehouseColumns> {
  const rows = await engine.driver.query(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'`,
  );
  const out: WarehouseColumns = new Map();
  for (const r of rows) {
    const t = String(r['table_name']);
    if (!out.has(t)) out.set(t, new Set());
    out.get(t)!.add(String(r['column_name']));
  }
  return out;
}
