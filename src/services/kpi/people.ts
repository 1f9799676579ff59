import {
  credentialsByLogin,
  employeeOfUser,
  kpiEmployee,
  kpiEmployeeSheets,
  linkUserEmployee,
  saveKpiEmployee,
  type User,
} from '../../store/index.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Roles that see every employee's plans and sheets; the others see only their own. */
export const KPI_ADMIN_ROLES = ['owner', 'manager'] as const;

/** Links a user (by login) to the employee whose sheets are theirs; null unlinks. */
export function linkUser(
  ws: Workspace,
  login: string,
  employee: string | null,
): { login: string; employee: string | null } {
  const found = credentialsByLogin(ws.store, login);
  if (!found) throw new UserError({ en: `no user "${login}"`, ru: `нет пользователя «${login}»` }, 'login');
  if (employee !== null && !kpiEmployee(ws.store, employee))
    throw new UserError(
      {
        en: `no employee "${employee}": import a plan for them first`,
        ru: `нет сотрудника «${employee}»: сначала загрузите его план`,
      },
      'employee',
    );
  linkUserEmployee(ws.store, found.user.id, employee);
  return { login: found.user.login, employee };
}

/**
 * Stores the employee a monthly or quarterly plan names: created when new; the plan's name,
 * position and channels replace the stored ones when it gives them (no channels keeps the scope).
 */
export function saveEmployeeOfPlan(
  ws: Workspace,
  p: { employee: string; name?: string | null; position?: string | null; channels: readonly string[] },
): void {
  const known = kpiEmployee(ws.store, p.employee);
  saveKpiEmployee(ws.store, {
    id: p.employee,
    name: p.name ?? known?.name ?? p.employee,
    position: p.position ?? known?.position ?? null,
    channels: p.channels.length > 0 ? [...p.channels] : (known?.channels ?? []),
  });
}

/** An employee's name as stored, or undefined when there is no such employee. */
export const employeeName = (ws: Workspace, id: string): string | undefined =>
  kpiEmployee(ws.store, id)?.name;

/** The employee a user's sheets belong to, or null. */
export const employeeOf = (ws: Workspace, user: User): string | null => employeeOfUser(ws.store, user.id);

/**
 * The employees a user may look at, with the months their sheets have plans for: everyone for an
 * owner or a manager, only their own employee for anyone else (none when unlinked).
 */
export function kpiEmployeesFor(ws: Workspace, user: User) {
  const all = kpiEmployeeSheets(ws.store);
  if ((KPI_ADMIN_ROLES as readonly string[]).includes(user.role)) return all;
  const mine = employeeOf(ws, user);
  return all.filter((e) => e.id === mine);
}
