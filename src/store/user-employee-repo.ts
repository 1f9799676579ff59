import type { Store } from './store.ts';

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
