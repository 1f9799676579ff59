/**
 * Who a user is to the product and which languages a user may pick. Pure data, so the API
 * contract (src/contract, read by the browser too) and the store name them from one place.
 */
import { LANGS, type Lang } from '../../i18n/locale.ts';

/** Who a user is to the product; the HTTP route table grants routes per role. */
export const ROLES = ['owner', 'analyst', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Languages a user can pick for explanations and the workbench: the product's (src/i18n). */
export const USER_LANGS = LANGS;
export type UserLang = Lang;
