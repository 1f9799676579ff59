import { manualSource, type Fact } from '../../core/kpi/index.ts';
import type { Store } from '../store.ts';

/**
 * Records a fact typed in for a plan (a KPI the warehouse cannot compute, or a correction), with
 * who or what it came from; a manual fact wins over the warehouse's for that KPI.
 */
export function setManualFact(
  store: Store,
  planId: number,
  kpi: string,
  value: number | null,
  source: string,
): void {
  store.db
    .prepare(
      `INSERT INTO kpi_facts (plan_id, kpi, value, source, entered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (plan_id, kpi) DO UPDATE SET value = excluded.value, source = excluded.source,
         entered_at = excluded.entered_at`,
    )
    .run(planId, kpi, value, source, store.clock().toISOString());
}

/** Manual facts of a plan by KPI id. */
export function manualFacts(store: Store, planId: number): Record<string, Fact> {
  const rows = store.db
    .prepare('SELECT kpi, value, source, entered_at FROM kpi_facts WHERE plan_id = ?')
    .all(planId) as Array<{ kpi: string; value: number | null; source: string; entered_at: string }>;
  return Object.fromEntries(
    rows.map((r) => [r.kpi, { value: r.value, source: manualSource(r.source, r.entered_at) }]),
  );
}

/** Id of an employee's plan for a period, or undefined. */
export function planId(store: Store, employee: string, period: string): number | undefined {
  const r = store.db
    .prepare('SELECT id FROM kpi_plans WHERE employee_id = ? AND period = ?')
    .get(employee, period) as { id: number } | undefined;
  return r?.id;
}
