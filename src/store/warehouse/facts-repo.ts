import type { Store } from '../store.ts';

/** A fact learnt from the warehouse at `version`, or null when it has not been learnt. */
export function warehouseFact(store: Store, version: number, name: string): string | null {
  const row = store.db
    .prepare('SELECT value FROM warehouse_facts WHERE version = ? AND name = ?')
    .get(version, name) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Remembers a fact for `version`, dropping what older versions had learnt. */
export function saveWarehouseFact(store: Store, version: number, name: string, value: string): void {
  store.db.prepare('DELETE FROM warehouse_facts WHERE version < ?').run(version);
  store.db
    .prepare(
      'INSERT INTO warehouse_facts (version, name, value) VALUES (?, ?, ?) ON CONFLICT (version, name) DO UPDATE SET value = excluded.value',
    )
    .run(version, name, value);
}
