/**
 * Who a user is to the product and which languages a user may pick. Pure data, so the API
 * contract (src/contract, read by the browser too) and the store name them from one place.
 */

/** Who a user is to the product; the HTTP route table grants routes per role. */
export const ROLES = ['owner', 'analyst', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Languages a user can pick for explanations and the workbench. */
export const USER_LANGS = ['ru', 'en'] as const;
export type UserLang = (typeof USER_LANGS)[number];
