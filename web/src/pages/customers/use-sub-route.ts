import { useEffect, useState } from 'react';

/** The sections of the Customers page; the hash's second part names one (`#/customers/cohorts`). */
export const SECTIONS = ['rfm', 'migration', 'cohorts', 'clv', 'channels', 'funnel'] as const;
export type Section = (typeof SECTIONS)[number];

function parse(hash: string): Section {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[1];
  return (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Section) : 'rfm';
}

/** The section in the address bar, so a link and the back button land on it. */
export function useSection(): Section {
  const [section, setSection] = useState<Section>(() => parse(location.hash));
  useEffect(() => {
    const on = () => setSection(parse(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return section;
}

/** The link to a section. */
export const sectionHref = (s: Section): string => `#/customers/${s}`;
