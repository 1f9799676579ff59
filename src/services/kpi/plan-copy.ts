import type { AnalystPlan } from '../../core/kpi/index.ts';
import { kpiEmployee, loadAnalystPlan, loadMarketerPlan, saveAnalystPlan } from '../../store/index.ts';
import { planFile, storePlan } from './plans.ts';
import type { StoredPlan } from './plan-schema.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Which plan to carry from one month to another, and whether an existing target may be replaced. */
export interface PlanCopy {
  employee: string;
  from: string;
  to: string;
  force?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkMonth(text: string, field: 'from' | 'to'): void {
  if (!MONTH.test(text))
    throw new UserError(
      { en: `${field} "${text}" is not a month (YYYY-MM)`, ru: `${field} «${text}» — не месяц (ГГГГ-ММ)` },
      field,
    );
}

/** "April 2024 (2024-04)" / "апрель 2024 г. (2024-04)": the month a person reads, and the one they type. */
const monthName = (period: string, locale: 'ru-RU' | 'en-GB'): string =>
  `${new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${period}-01T00:00:00Z`),
  )} (${period})`;

/** "«Анна» (anna)": the name people know and the id the CLI takes. */
function who(ws: Workspace, employee: string): string {
  const name = kpiEmployee(ws.store, employee)?.name;
  return name && name !== employee ? `«${name}» (${employee})` : `«${employee}»`;
}

/** Checks both months and refuses to replace an existing target plan unless forced. */
function checkCopy(ws: Workspace, c: PlanCopy, kind: 'monthly' | 'analyst', targetExists: boolean): void {
  checkMonth(c.from, 'from');
  checkMonth(c.to, 'to');
  if (c.from === c.to)
    throw new UserError(
      { en: `copy to another month than ${c.from}`, ru: `копировать нужно в другой месяц, не в ${c.from}` },
      'to',
    );
  if (targetExists && !c.force) {
    const plan =
      kind === 'analyst' ? { en: 'an analyst plan', ru: 'план аналитика' } : { en: 'a plan', ru: 'план' };
    throw new UserError(
      {
        en: `${who(ws, c.employee)} already has ${plan.en} for ${monthName(c.to, 'en-GB')}; copy with force (--force) to replace it`,
        ru: `у сотрудника ${who(ws, c.employee)} уже есть ${plan.ru} на ${monthName(c.to, 'ru-RU')}; чтобы заменить его, копируйте с заменой (--force)`,
      },
      'to',
    );
  }
}

/**
 * Carries an employee's monthly plan to another month: the bonus base, splits, KPIs with weights
 * and plans, corridor, quality, the tasks and the discretionary part. Task completion is reset —
 * it is a fact of the month it was done in — and manual facts stay with their own month (a forced
 * copy over an existing plan keeps the target month's manual facts, as any plan save does).
 */
export function copyPlan(ws: Workspace, c: PlanCopy): StoredPlan {
  checkCopy(ws, c, 'monthly', loadMarketerPlan(ws.store, c.employee, c.to) !== undefined);
  if (!loadMarketerPlan(ws.store, c.employee, c.from))
    throw new UserError(
      {
        en: `no plan for ${who(ws, c.employee)} in ${c.from} to copy`,
        ru: `нет плана сотрудника ${who(ws, c.employee)} на ${c.from}, копировать нечего`,
      },
      'from',
    );
  const source = planFile(ws, c.employee, c.from);
  storePlan(ws, {
    ...source,
    period: c.to,
    tasks: source.tasks.map((t) => ({ ...t, completion: null })),
  });
  return planFile(ws, c.employee, c.to);
}

/**
 * Carries an analyst's plan to another month: bonus base, KPI weights and plans, corridor and the
 * acceptance window. Nothing in it is a fact (the register is the analyst's, not the month's), so
 * it is copied whole; the time norms of report types are the company's and not per month at all.
 */
export function copyAnalystPlan(ws: Workspace, c: PlanCopy): AnalystPlan {
  checkCopy(ws, c, 'analyst', loadAnalystPlan(ws.store, c.employee, c.to) !== undefined);
  const source = loadAnalystPlan(ws.store, c.employee, c.from);
  if (!source)
    throw new UserError(
      {
        en: `no analyst plan for ${who(ws, c.employee)} in ${c.from} to copy`,
        ru: `нет плана аналитика ${who(ws, c.employee)} на ${c.from}, копировать нечего`,
      },
      'from',
    );
  const plan = { ...source, period: c.to };
  saveAnalystPlan(ws.store, plan);
  return plan;
}
