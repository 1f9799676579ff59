import type { Store } from '../store.ts';

/** Someone with a motivation sheet; `channels` is their scope (empty: all channels). */
export interface KpiEmployee {
  id: string;
  name: string;
  position: string | null;
  channels: string[];
}

interface Row {
  id: string;
  name: string;
  position: string | null;
  channels: string;
}

/** Adds or updates an employee. */
export function saveKpiEmployee(store: Store, e: KpiEmployee): void {
  store.db
    .prepare(
      `INSERT INTO kpi_employees (id, name, position, channels, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position, channels = excluded.channels`,
    )
    .run(e.id, e.name, e.position, JSON.stringify(e.channels), store.clock().toISOString());
}

/** An employee by id, or undefined. */
export function kpiEmployee(store: Store, id: string): KpiEmployee | undefined {
  const r = store.db.prepare('SELECT * FROM kpi_employees WHERE id = ?').get(id) as Row | undefined;
  return r
    ? { id: r.id, name: r.name, position: r.position, channels: JSON.parse(r.channels) as string[] }
    : undefined;
}
