import { quarterPlanPeriods } from '../kpi/quarter-plans-repo.ts';
import type { Store } from '../store.ts';

/**
 * Links a workbench user to the employee whose sheets they are (null unlinks). An employee-role
 * user sees only the linked employee's sheets; the employee must exist.
 */
export function linkUserEmployee(store: Store, userId: number, employee: string | null): boolean {
  return store.db.prepare('UPDATE users SET employee_id = ? WHERE id = ?').run(employee, userId).changes > 0;
}

/** The employee a user is linked to, or null. */
export function employeeOfUser(store: Store, userId: number): string | null {
  const r = store.db.prepare('SELECT employee_id FROM users WHERE id = ?').get(userId) as
    { employee_id: string | null } | undefined;
  return r?.employee_id ?? null;
}

/**
 * Every KPI employee with the months their sheets have plans for, by kind of sheet, and the
 * quarters of their quarterly plans.
 */
export function kpiEmployeeSheets(store: Store): Array<{
  id: string;
  name: string;
  position: string | null;
  marketer: string[];
  analyst: string[];
  quarter: string[];
}> {
  const people = store.db
    .prepare('SELECT id, name, position FROM kpi_employees ORDER BY name, id')
    .all() as Array<{
    id: string;
    name: string;
    position: string | null;
  }>;
  const months = (table: string, id: string): string[] =>
    (
      store.db
        .prepare(`SELECT period FROM ${table} WHERE employee_id = ? ORDER BY period DESC`)
        .all(id) as Array<{
        period: string;
      }>
    ).map((r) => r.period);
  return people.map((p) => ({
    ...p,
    marketer: months('kpi_plans', p.id),
    analyst: months('kpi_analyst_plans', p.id),
    quarter: quarterPlanPeriods(store, p.id),
  }));
}
