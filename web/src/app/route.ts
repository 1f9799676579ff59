import type { Role } from '../api/types.ts';
import { useHashPart } from './hash-part.ts';

/** The workbench's pages; the hash names one (`#/levers`). */
export const PAGES = [
  'formula',
  'levers',
  'constraint',
  'journey',
  'whatif',
  'customers',
  'data',
  'kpi',
  'settings',
] as const;
export type Page = (typeof PAGES)[number];

const ANALYSIS: readonly Role[] = ['owner', 'analyst', 'manager'];

/**
 * Who sees each page in the menu, mirroring the API's route table: a link that would only answer
 * "no access" is noise. The API stays the guard; this only tidies the menu.
 */
export const PAGE_ROLES: Record<Page, readonly Role[]> = {
  formula: ANALYSIS,
  levers: ANALYSIS,
  constraint: ANALYSIS,
  journey: ANALYSIS,
  whatif: ANALYSIS,
  customers: ANALYSIS,
  data: ['owner', 'analyst'],
  kpi: ['owner', 'analyst', 'manager', 'employee'],
  settings: ['owner', 'analyst', 'manager', 'employee'],
};

/** The pages a role sees in the menu. */
export const pagesFor = (role: string | undefined): Page[] =>
  PAGES.filter((p) => PAGE_ROLES[p].some((r) => r === role));

/** Hash routing: no server rewrite rules needed, and the back button works. */
export const useRoute = (): Page => useHashPart(0, PAGES, 'formula');

/** The link to a page. */
export const hrefOf = (page: Page): string => `#/${page}`;
