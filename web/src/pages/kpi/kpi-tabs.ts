import { useEffect, useState } from 'react';

/** The sections of the Motivation page; the hash's second part names one (`#/kpi/plan`). */
export const KPI_TABS = ['sheets', 'plan', 'quarter', 'design'] as const;
export type KpiTab = (typeof KPI_TABS)[number];

type Role = 'owner' | 'analyst' | 'manager' | 'employee';

/**
 * Who sees each section, mirroring the API's route table (src/server/access.ts): everyone reads
 * their sheets and plans (an owner or a manager edits plans), the designer is an analysis route.
 */
export const KPI_TAB_ROLES: Record<KpiTab, readonly Role[]> = {
  sheets: ['owner', 'analyst', 'manager', 'employee'],
  plan: ['owner', 'analyst', 'manager', 'employee'],
  quarter: ['owner', 'analyst', 'manager', 'employee'],
  design: ['owner', 'analyst', 'manager'],
};

/** Roles that may change a plan (PUT /api/kpi/plans/…). */
export const PLAN_EDITORS: readonly string[] = ['owner', 'manager'];

export const tabsFor = (role: string | undefined): KpiTab[] =>
  KPI_TABS.filter((s) => KPI_TAB_ROLES[s].some((r) => r === role));

function parse(hash: string): KpiTab {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[1];
  return (KPI_TABS as readonly string[]).includes(name ?? '') ? (name as KpiTab) : 'sheets';
}

/** The section in the address bar, so a link and the back button land on it. */
export function useKpiTab(): KpiTab {
  const [tab, setTab] = useState<KpiTab>(() => parse(location.hash));
  useEffect(() => {
    const on = () => setTab(parse(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return tab;
}

/** The link to a section. */
export const kpiTabHref = (s: KpiTab): string => `#/kpi/${s}`;
