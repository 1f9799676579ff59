import { kpiDesignEn } from './kpi-design-en.ts';
import { kpiEditEn } from './kpi-edit-en.ts';
import { kpiQuarterEn } from './kpi-quarter-en.ts';
import { kpiPlansEn } from './kpi-plans-en.ts';
import type { kpiRu } from './kpi-ru.ts';

/** English strings of the KPI page; typed against the Russian keys. */
export const kpiEn: Record<keyof typeof kpiRu, string> = {
  ...kpiEditEn,
  ...kpiQuarterEn,
  ...kpiPlansEn,
  ...kpiDesignEn,
  'nav.kpi': 'Motivation',
  'kpi.employee': 'Employee',
  'kpi.sheet': 'Sheet',
  'kpi.kindMonthly': 'motivation sheet',
  'kpi.kindAnalyst': 'analyst sheet',
  'kpi.monthlySheet': 'Motivation sheet: {name}, {period}',
  'kpi.analystSheet': 'Analyst sheet: {name}, {period}',
  'kpi.download': 'Download XLSX',
  'kpi.total': 'Total bonus (gross)',
  'kpi.bonus': 'Bonus base',
  'kpi.lines': 'Sheet lines',
  'kpi.kpi': 'KPI',
  'kpi.weight': 'Weight',
  'kpi.plan': 'Plan',
  'kpi.fact': 'Fact',
  'kpi.completion': 'Completion',
  'kpi.paid': 'Paid',
  'kpi.amount': 'Amount',
  'kpi.howComputed': 'How it is computed',
  'kpi.sources': 'Where the facts come from',
  'kpi.source.manual': 'entered',
  'kpi.source.warehouse': 'from the data',
  'kpi.source.register': 'from the register',
  'kpi.missing': 'No data for: {kpis}. The amount appears once the facts are entered.',
  'kpi.noEmployees': 'Your account is not linked to an employee. Ask the owner to link it: fulcrum kpi link.',
  'kpi.noPlans': 'This employee has no plans yet.',
  'kpi.register': 'Report register',
  'kpi.entry': 'Report or request',
  'kpi.deadline': 'Deadline',
  'kpi.delivered': 'Delivered',
  'kpi.status': 'Status',
  'kpi.acceptRule':
    'A report is accepted when no remark came within {days} business days of delivery. Calendar: {calendar}.',
  'kpi.counts':
    'As of {asOf}: due {due}, delivered {delivered}, on time {onTime}; accepted {accepted} of {decided}, {pending} pending.',
  'kpi.status.open': 'not due yet',
  'kpi.status.missing': 'not delivered',
  'kpi.status.pending': 'pending',
  'kpi.status.remarked': 'remarked',
  'kpi.status.accepted': 'accepted',
};
