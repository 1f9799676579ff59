/**
 * The sample's demo accounts: the owner, an employee (the context-ads marketer) and the analyst,
 * each linked to their KPI employee, so a person trying the workbench can open the Motivation page
 * as each of them and see their own sheets — not "ask the owner to link the account".
 */
import { credentialsByLogin, kpiEmployee } from '../../store/index.ts';
import type { Role } from '../../store/index.ts';
import { addUser, generatePassword, hasNoUsers } from '../accounts/accounts.ts';
import { linkUser } from '../kpi/people.ts';
import { SAMPLE_PEOPLE } from './motivation.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** A demo account created now, with the password to print once. */
export interface DemoLogin {
  login: string;
  role: Role;
  password: string;
  /** The KPI employee whose sheets the account sees; null for the owner. */
  employee: string | null;
}

/**
 * Creates the demo accounts that are missing: the owner "demo" only on a store with no accounts at
 * all (a real owner is never joined by a second one), "marketer" and "analyst" when their logins
 * are free and their employees exist. Returns what it created, passwords included.
 */
export async function ensureDemoAccounts(ws: Workspace): Promise<DemoLogin[]> {
  const created: DemoLogin[] = [];
  if (hasNoUsers(ws)) {
    const password = generatePassword();
    await addUser(ws, { login: 'demo', name: 'Demo', role: 'owner', password });
    created.push({ login: 'demo', role: 'owner', password, employee: null });
  }
  const linked: Array<[string, Role, { id: string; name: { ru: string; en: string } }]> = [
    ['marketer', 'employee', SAMPLE_PEOPLE.context],
    ['analyst', 'analyst', SAMPLE_PEOPLE.analyst],
  ];
  for (const [login, role, person] of linked) {
    const e = kpiEmployee(ws.store, person.id);
    if (!e || credentialsByLogin(ws.store, login)) continue;
    const password = generatePassword();
    await addUser(ws, { login, name: e.name, role, password });
    linkUser(ws, login, person.id);
    created.push({ login, role, password, employee: person.id });
  }
  return created;
}
