import { useEffect, useState } from 'react';

/** The workbench's pages; the hash names one (`#/levers`). */
export const PAGES = ['formula', 'levers', 'constraint', 'whatif', 'data', 'settings'] as const;
export type Page = (typeof PAGES)[number];

function parse(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[0];
  return (PAGES as readonly string[]).includes(name ?? '') ? (name as Page) : 'formula';
}

/** Hash routing: no server rewrite rules needed, and the back button works. */
export function useRoute(): Page {
  const [page, setPage] = useState<Page>(() => parse(location.hash));
  useEffect(() => {
    const on = () => setPage(parse(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return page;
}

/** The link to a page. */
export const hrefOf = (page: Page): string => `#/${page}`;
