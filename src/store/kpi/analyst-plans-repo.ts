import { termParams, termsOf, type Term } from './kpi-terms.ts';
import type { AnalystKpi, AnalystPlan, ReportNorm } from '../../core/kpi/index.ts';
import { toKopecks } from '../../core/money/index.ts';
import type { Store } from '../store.ts';

interface PlanRow {
  employee_id: string;
  period: string;
  bonus_kopecks: number;
  corridor_floor: number;
  corridor_cap: number;
  acceptance_days: number;
}

interface KpiRow extends Record<Term, number | null> {
  kpi: AnalystKpi;
  weight: number;
}

/** Saves an analyst's monthly plan, replacing that month's plan and KPIs. The employee must exist. */
export function saveAnalystPlan(store: Store, p: AnalystPlan): void {
  const db = store.db;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO kpi_analyst_plans (employee_id, period, bonus_kopecks, corridor_floor, corridor_cap,
         acceptance_days, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (employee_id, period) DO UPDATE SET bonus_kopecks = excluded.bonus_kopecks,
         corridor_floor = excluded.corridor_floor, corridor_cap = excluded.corridor_cap,
         acceptance_days = excluded.acceptance_days, updated_at = excluded.updated_at`,
    ).run(
      p.employee,
      p.period,
      toKopecks(p.bonus),
      p.corridor.floor,
      p.corridor.cap,
      p.acceptanceDays,
      store.clock().toISOString(),
    );
    db.prepare('DELETE FROM kpi_analyst_kpis WHERE employee_id = ? AND period = ?').run(p.employee, p.period);
    const kpi = db.prepare(
      `INSERT INTO kpi_analyst_kpis (employee_id, period, kpi, weight, plan, base, norm, target, cap)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const k of p.kpis) kpi.run(p.employee, p.period, k.kpi, k.weight, ...termParams(k));
  })();
}

/** An analyst's plan for a month, or undefined. */
export function loadAnalystPlan(store: Store, employee: string, period: string): AnalystPlan | undefined {
  const r = store.db
    .prepare('SELECT * FROM kpi_analyst_plans WHERE employee_id = ? AND period = ?')
    .get(employee, period) as PlanRow | undefined;
  if (!r) return undefined;
  const kpis = store.db
    .prepare(
      'SELECT kpi, weight, plan, base, norm, target, cap FROM kpi_analyst_kpis WHERE employee_id = ? AND period = ? ORDER BY rowid',
    )
    .all(employee, period) as KpiRow[];
  return {
    employee: r.employee_id,
    period: r.period,
    bonus: r.bonus_kopecks / 100,
    corridor: { floor: r.corridor_floor, cap: r.corridor_cap },
    acceptanceDays: r.acceptance_days,
    kpis: kpis.map((k) => ({
      kpi: k.kpi,
      weight: k.weight,
      ...termsOf(k),
    })),
  };
}

/** Adds or updates time norms of report types. */
export function saveReportNorms(store: Store, norms: readonly ReportNorm[]): void {
  const put = store.db.prepare(
    `INSERT INTO kpi_report_norms (type, name, days, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (type) DO UPDATE SET name = excluded.name, days = excluded.days, updated_at = excluded.updated_at`,
  );
  const now = store.clock().toISOString();
  store.db.transaction(() => {
    for (const n of norms) put.run(n.type, n.name, n.days, now);
  })();
}

/** Every time norm, by type. */
export function reportNorms(store: Store): ReportNorm[] {
  return store.db
    .prepare('SELECT type, name, days FROM kpi_report_norms ORDER BY type')
    .all() as ReportNorm[];
}
