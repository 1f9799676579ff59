import type { RegisterEntry, Remark } from '../../core/kpi/index.ts';
import type { Store } from '../store.ts';

interface EntryRow {
  entry_id: string;
  kind: RegisterEntry['kind'];
  type: string;
  title: string;
  due: string | null;
  agreed: string | null;
  requested: string | null;
  delivered: string | null;
}

/**
 * Adds or replaces register entries of an analyst (remarks included) in one transaction; an entry
 * given without remarks keeps none. The employee must exist.
 */
export function saveRegisterEntries(store: Store, employee: string, entries: readonly RegisterEntry[]): void {
  const db = store.db;
  const upsert = db.prepare(
    `INSERT INTO kpi_reports (employee_id, entry_id, kind, type, title, due, agreed, requested, delivered, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (employee_id, entry_id) DO UPDATE SET kind = excluded.kind, type = excluded.type,
       title = excluded.title, due = excluded.due, agreed = excluded.agreed, requested = excluded.requested,
       delivered = excluded.delivered, updated_at = excluded.updated_at`,
  );
  const clear = db.prepare('DELETE FROM kpi_report_remarks WHERE employee_id = ? AND entry_id = ?');
  const remark = db.prepare(
    'INSERT INTO kpi_report_remarks (employee_id, entry_id, date, text) VALUES (?, ?, ?, ?)',
  );
  const now = store.clock().toISOString();
  db.transaction(() => {
    for (const e of entries) {
      upsert.run(
        employee,
        e.id,
        e.kind,
        e.type,
        e.title,
        e.due ?? null,
        e.agreed ?? null,
        e.requested ?? null,
        e.delivered,
        now,
      );
      clear.run(employee, e.id);
      for (const r of e.remarks) remark.run(employee, e.id, r.date, r.text);
    }
  })();
}

/** An analyst's whole register, by deadline then id, with remarks by date. */
export function registerEntries(store: Store, employee: string): RegisterEntry[] {
  const rows = store.db
    .prepare(
      `SELECT entry_id, kind, type, title, due, agreed, requested, delivered FROM kpi_reports
       WHERE employee_id = ? ORDER BY coalesce(due, agreed, requested), entry_id`,
    )
    .all(employee) as EntryRow[];
  const remarks = store.db
    .prepare('SELECT entry_id, date, text FROM kpi_report_remarks WHERE employee_id = ? ORDER BY date, rowid')
    .all(employee) as Array<Remark & { entry_id: string }>;
  return rows.map((r) => ({
    id: r.entry_id,
    kind: r.kind,
    type: r.type,
    title: r.title,
    ...(r.due ? { due: r.due } : {}),
    ...(r.agreed ? { agreed: r.agreed } : {}),
    ...(r.requested ? { requested: r.requested } : {}),
    delivered: r.delivered,
    remarks: remarks.filter((m) => m.entry_id === r.entry_id).map(({ date, text }) => ({ date, text })),
  }));
}
