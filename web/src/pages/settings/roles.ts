import type { Role } from '../../api/types.ts';

/** The roles in the order an owner picks from, most rights first. */
export const ROLES: readonly Role[] = ['owner', 'analyst', 'manager', 'employee'];
