/**
 * Months and people of the Plan section, pure: the month after another, the month a new plan
 * defaults to, a new employee's id from their name, and the employee list with what was just
 * created (shown at once, before the list is asked for again).
 */
import { latinOf } from '../../../../../src/i18n/transliterate.ts';
import type { KpiEmployee } from '../kpi-types.ts';

/** Which of an employee's plans: the monthly marketer plan or the analyst's. */
export type PlanKind = 'marketer' | 'analyst';

/** The month after `ym` (YYYY-MM). */
export function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month of a date, YYYY-MM. */
export const monthOf = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** A new plan's month: the one after the newest plan, or this month for someone with none. */
export const newPlanMonth = (months: readonly string[], today: Date): string =>
  months[0] ? nextMonth(months[0]) : monthOf(today);

/**
 * An id for a new employee from their name, as the CLI will take it (`--employee anna-petrova`):
 * Cyrillic spelled in Latin, anything else a hyphen, and a number added when the id is taken.
 */
export function employeeIdFor(name: string, taken: readonly string[]): string {
  const base =
    latinOf(name.trim().toLowerCase())
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'employee';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** An employee id the API's paths and the CLI take: letters, digits, '.', '_', '-'. */
export const isEmployeeId = (id: string): boolean => /^[\p{L}\p{N}._-]+$/u.test(id);

/** A plan stored just now (and, for a new employee, who they are). */
export interface AddedPlan {
  employee: string;
  name: string;
  kind: PlanKind;
  period: string;
}

/** The employee list with plans just stored merged in: months newest first, new people added. */
export function withAdded(employees: readonly KpiEmployee[], added: readonly AddedPlan[]): KpiEmployee[] {
  const out = employees.map((e) => ({ ...e, marketer: [...e.marketer], analyst: [...e.analyst] }));
  for (const a of added) {
    let e = out.find((x) => x.id === a.employee);
    if (!e) {
      e = { id: a.employee, name: a.name, position: null, marketer: [], analyst: [], quarter: [] };
      out.push(e);
    }
    if (!e[a.kind].includes(a.period)) e[a.kind] = [...e[a.kind], a.period].sort().reverse();
  }
  return out;
}
