import { termParams, termsOf, type Term } from './kpi-terms.ts';
import { toKopecks } from '../../core/money/index.ts';
import type { KpiTerms, PlanTask, RomiBasis, RomiReading } from '../../core/kpi/index.ts';
import type { Store } from '../store.ts';

// The reading's home is the core (core/kpi/romi.ts); re-exported for the store's callers.
export type { RomiReading };

/** A fact typed in for a quarterly KPI, with where it came from and when it was entered. */
export interface QuarterManualFact {
  value: number;
  source: string;
  /** ISO time of entry; kept when the same fact and source are saved again. */
  enteredAt: string;
}

/** A KPI of a quarterly plan: a plan (corridor) or base / norm / target (curve), maybe a manual fact. */
export interface QuarterKpiRecord extends KpiTerms {
  kpi: string;
  /** Null: the sheet computes the fact from the warehouse. */
  fact: QuarterManualFact | null;
}

/** A stored quarterly plan: every bound and split a column, money in kopecks underneath. */
export interface QuarterPlanRecord {
  employee: string;
  /** Quarter, YYYY-Qn. */
  period: string;
  bonus: number;
  split: { kpis: number; tasks: number };
  corridor: { floor: number; cap: number };
  taskRule: { floor: number; cap: number };
  romi: RomiReading;
  kpis: QuarterKpiRecord[];
  tasks: PlanTask[];
}

interface PlanRow {
  employee_id: string;
  quarter: string;
  bonus_kopecks: number;
  split_kpis: number;
  split_tasks: number;
  corridor_floor: number;
  corridor_cap: number;
  task_floor: number;
  task_cap: number;
  romi_basis: RomiBasis;
  ltv_months: number;
  other_costs_kopecks: number;
}

interface KpiRow extends Record<Term, number | null> {
  kpi: string;
  weight: number;
  fact: number | null;
  fact_source: string | null;
  fact_entered_at: string | null;
}

const KEY = 'employee_id = ? AND quarter = ?';

/**
 * Saves a quarterly plan, replacing the employee's plan for that quarter (its KPIs, manual facts
 * and calendar tasks) in one transaction. A manual fact saved again unchanged keeps its entry
 * time. The employee must exist.
 */
export function saveQuarterPlan(store: Store, p: QuarterPlanRecord): void {
  const db = store.db;
  const now = store.clock().toISOString();
  db.transaction(() => {
    const before = new Map(
      (
        db
          .prepare(`SELECT kpi, fact, fact_source, fact_entered_at FROM kpi_quarter_kpis WHERE ${KEY}`)
          .all(p.employee, p.period) as KpiRow[]
      ).map((r) => [r.kpi, r]),
    );
    db.prepare(
      `INSERT INTO kpi_quarter_plans (employee_id, quarter, bonus_kopecks, split_kpis, split_tasks,
         corridor_floor, corridor_cap, task_floor, task_cap, romi_basis, ltv_months, other_costs_kopecks, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (employee_id, quarter) DO UPDATE SET bonus_kopecks = excluded.bonus_kopecks,
         split_kpis = excluded.split_kpis, split_tasks = excluded.split_tasks,
         corridor_floor = excluded.corridor_floor, corridor_cap = excluded.corridor_cap,
         task_floor = excluded.task_floor, task_cap = excluded.task_cap, romi_basis = excluded.romi_basis,
         ltv_months = excluded.ltv_months, other_costs_kopecks = excluded.other_costs_kopecks,
         updated_at = excluded.updated_at`,
    ).run(
      p.employee,
      p.period,
      toKopecks(p.bonus),
      p.split.kpis,
      p.split.tasks,
      p.corridor.floor,
      p.corridor.cap,
      p.taskRule.floor,
      p.taskRule.cap,
      p.romi.basis,
      p.romi.horizon,
      toKopecks(p.romi.otherCosts),
      now,
    );
    db.prepare(`DELETE FROM kpi_quarter_kpis WHERE ${KEY}`).run(p.employee, p.period);
    db.prepare(`DELETE FROM kpi_quarter_tasks WHERE ${KEY}`).run(p.employee, p.period);
    const kpi = db.prepare(
      `INSERT INTO kpi_quarter_kpis (employee_id, quarter, ord, kpi, weight, plan, base, norm, target, cap,
         fact, fact_source, fact_entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    p.kpis.forEach((k, i) => {
      const old = before.get(k.kpi);
      const same = k.fact !== null && old?.fact === k.fact.value && old.fact_source === k.fact.source;
      const entered = k.fact === null ? null : same ? old!.fact_entered_at : k.fact.enteredAt || now;
      kpi.run(
        p.employee,
        p.period,
        i,
        k.kpi,
        k.weight,
        ...termParams(k),
        k.fact?.value ?? null,
        k.fact?.source ?? null,
        entered,
      );
    });
    const task = db.prepare(
      `INSERT INTO kpi_quarter_tasks (employee_id, quarter, ord, task_id, name, weight, completion)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    p.tasks.forEach((t, i) => task.run(p.employee, p.period, i, t.id, t.name, t.weight, t.completion));
  })();
}

/** The plan values a KPI row has (plan, or base / norm / target, and a cap), NULL columns left out. */
/** An employee's plan for a quarter, or undefined. */
export function loadQuarterPlan(
  store: Store,
  employee: string,
  quarter: string,
): QuarterPlanRecord | undefined {
  const r = store.db.prepare(`SELECT * FROM kpi_quarter_plans WHERE ${KEY}`).get(employee, quarter) as
    PlanRow | undefined;
  if (!r) return undefined;
  const kpis = store.db
    .prepare(`SELECT * FROM kpi_quarter_kpis WHERE ${KEY} ORDER BY ord`)
    .all(employee, quarter) as KpiRow[];
  const tasks = store.db
    .prepare(
      `SELECT task_id AS id, name, weight, completion FROM kpi_quarter_tasks WHERE ${KEY} ORDER BY ord`,
    )
    .all(employee, quarter) as PlanTask[];
  return {
    employee: r.employee_id,
    period: r.quarter,
    bonus: r.bonus_kopecks / 100,
    split: { kpis: r.split_kpis, tasks: r.split_tasks },
    corridor: { floor: r.corridor_floor, cap: r.corridor_cap },
    taskRule: { floor: r.task_floor, cap: r.task_cap },
    romi: { basis: r.romi_basis, horizon: r.ltv_months, otherCosts: r.other_costs_kopecks / 100 },
    kpis: kpis.map((k) => ({
      kpi: k.kpi,
      weight: k.weight,
      ...termsOf(k),
      fact:
        k.fact === null || k.fact_source === null
          ? null
          : { value: k.fact, source: k.fact_source, enteredAt: k.fact_entered_at ?? '' },
    })),
    tasks,
  };
}

/** The quarters an employee has plans for, newest first. */
export function quarterPlanPeriods(store: Store, employee: string): string[] {
  return (
    store.db
      .prepare('SELECT quarter FROM kpi_quarter_plans WHERE employee_id = ? ORDER BY quarter DESC')
      .all(employee) as Array<{ quarter: string }>
  ).map((r) => r.quarter);
}

/** Every stored quarterly plan by employee and quarter, for listings. */
export function listQuarterPlans(store: Store): Array<{ employee: string; period: string }> {
  return store.db
    .prepare(
      'SELECT employee_id AS employee, quarter AS period FROM kpi_quarter_plans ORDER BY employee_id, quarter DESC',
    )
    .all() as Array<{ employee: string; period: string }>;
}

/** Removes a quarterly plan with its KPIs, facts and tasks; false when there was none. */
export function deleteQuarterPlan(store: Store, employee: string, quarter: string): boolean {
  return store.db.prepare(`DELETE FROM kpi_quarter_plans WHERE ${KEY}`).run(employee, quarter).changes > 0;
}
