import { toKopecks } from '../../core/money/index.ts';
import type { MarketerPlan, PlanTask } from '../../core/kpi/index.ts';
import type { Store } from '../store.ts';

interface PlanRow {
  id: number;
  employee_id: string;
  period: string;
  bonus_kopecks: number;
  discretionary_kopecks: number;
  split_leads: number;
  split_tasks: number;
  corridor_floor: number;
  corridor_cap: number;
  quality_plan: number;
  quality_cap: number;
  task_floor: number;
  task_cap: number;
}

/**
 * Saves a monthly plan, replacing the employee's plan for that month (its KPIs and tasks) in one
 * transaction; manual facts already entered are kept. The employee must exist.
 */
export function saveMarketerPlan(store: Store, p: MarketerPlan): number {
  const db = store.db;
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO kpi_plans (employee_id, period, bonus_kopecks, discretionary_kopecks, split_leads, split_tasks,
         corridor_floor, corridor_cap, quality_plan, quality_cap, task_floor, task_cap, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (employee_id, period) DO UPDATE SET bonus_kopecks = excluded.bonus_kopecks,
         discretionary_kopecks = excluded.discretionary_kopecks, split_leads = excluded.split_leads,
         split_tasks = excluded.split_tasks, corridor_floor = excluded.corridor_floor,
         corridor_cap = excluded.corridor_cap, quality_plan = excluded.quality_plan,
         quality_cap = excluded.quality_cap, task_floor = excluded.task_floor, task_cap = excluded.task_cap,
         updated_at = excluded.updated_at`,
    ).run(
      p.employee,
      p.period,
      toKopecks(p.bonus),
      toKopecks(p.discretionary),
      p.split.leads,
      p.split.tasks,
      p.corridor.floor,
      p.corridor.cap,
      p.quality.plan,
      p.quality.cap,
      p.taskRule.floor,
      p.taskRule.cap,
      store.clock().toISOString(),
    );
    const { id } = db
      .prepare('SELECT id FROM kpi_plans WHERE employee_id = ? AND period = ?')
      .get(p.employee, p.period) as { id: number };
    db.prepare('DELETE FROM kpi_plan_kpis WHERE plan_id = ?').run(id);
    db.prepare('DELETE FROM kpi_tasks WHERE plan_id = ?').run(id);
    const kpi = db.prepare('INSERT INTO kpi_plan_kpis (plan_id, kpi, weight, plan) VALUES (?, ?, ?, ?)');
    kpi.run(id, 'leads', p.leads.weight, p.leads.plan);
    kpi.run(id, 'new_client_share', p.newClientShare.weight, p.newClientShare.plan);
    const task = db.prepare(
      'INSERT INTO kpi_tasks (plan_id, task_id, name, weight, completion) VALUES (?, ?, ?, ?, ?)',
    );
    for (const t of p.tasks) task.run(id, t.id, t.name, t.weight, t.completion);
    return id;
  })();
}

/** An employee's plan for a month, or undefined. */
export function loadMarketerPlan(store: Store, employee: string, period: string): MarketerPlan | undefined {
  const r = store.db
    .prepare('SELECT * FROM kpi_plans WHERE employee_id = ? AND period = ?')
    .get(employee, period) as PlanRow | undefined;
  if (!r) return undefined;
  const kpis = store.db
    .prepare('SELECT kpi, weight, plan FROM kpi_plan_kpis WHERE plan_id = ?')
    .all(r.id) as Array<{
    kpi: string;
    weight: number;
    plan: number;
  }>;
  const k = (id: string) => {
    const row = kpis.find((x) => x.kpi === id);
    return { weight: row?.weight ?? 0, plan: row?.plan ?? 0 };
  };
  return {
    employee: r.employee_id,
    period: r.period,
    bonus: r.bonus_kopecks / 100,
    discretionary: r.discretionary_kopecks / 100,
    split: { leads: r.split_leads, tasks: r.split_tasks },
    corridor: { floor: r.corridor_floor, cap: r.corridor_cap },
    leads: k('leads'),
    newClientShare: k('new_client_share'),
    quality: { plan: r.quality_plan, cap: r.quality_cap },
    taskRule: { floor: r.task_floor, cap: r.task_cap },
    tasks: tasksOf(store, r.id),
  };
}

function tasksOf(store: Store, planId: number): PlanTask[] {
  return store.db
    .prepare('SELECT task_id AS id, name, weight, completion FROM kpi_tasks WHERE plan_id = ? ORDER BY rowid')
    .all(planId) as PlanTask[];
}

/** Monthly tasks of an employee in the given months, for the quarterly double-pay check. */
export function monthlyTasks(
  store: Store,
  employee: string,
  months: readonly string[],
): Array<PlanTask & { period: string }> {
  const rows = store.db
    .prepare(
      `SELECT p.period, t.task_id AS id, t.name, t.weight, t.completion FROM kpi_tasks t
       JOIN kpi_plans p ON p.id = t.plan_id WHERE p.employee_id = ? ORDER BY p.period, t.rowid`,
    )
    .all(employee) as Array<PlanTask & { period: string }>;
  return rows.filter((r) => months.includes(r.period));
}
