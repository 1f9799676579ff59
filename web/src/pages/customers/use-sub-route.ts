import { useHashPart } from '../../app/hash-part.ts';

/** The sections of the Customers page; the hash's second part names one (`#/customers/cohorts`). */
export const SECTIONS = ['rfm', 'migration', 'cohorts', 'clv', 'channels', 'funnel'] as const;
export type Section = (typeof SECTIONS)[number];

/** The section in the address bar, so a link and the back button land on it. */
export const useSection = (): Section => useHashPart(1, SECTIONS, 'rfm');

/** The link to a section. */
export const sectionHref = (s: Section): string => `#/customers/${s}`;
