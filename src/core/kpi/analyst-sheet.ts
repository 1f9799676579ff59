import { isEstimatedYear, type IsoDate, type WorkCalendar } from '../calendar/index.ts';
import { explainEntry } from './analyst-explain.ts';
import {
  assessEntry,
  checkRegister,
  type AssessedEntry,
  type RegisterEntry,
  type ReportNorm,
} from './analyst-register.ts';
import { kpiLines, kpiOnlyParts, type GeneralKpi } from './general-sheet.ts';
import type { Fact, KpiTerms, Label, Sheet } from './types.ts';
import { assertWeightsSumToOne } from './weights.ts';

/** The analyst's three KPIs (METHODOLOGY §3, analyst KPI). */
export const ANALYST_KPIS = ['timeliness', 'completeness', 'quality'] as const;
export type AnalystKpi = (typeof ANALYST_KPIS)[number];

export const ANALYST_NAMES: Record<AnalystKpi, Label> = {
  timeliness: { ru: 'Своевременность', en: 'Timeliness' },
  completeness: { ru: 'Полнота', en: 'Completeness' },
  quality: { ru: 'Качество (приняты без замечаний)', en: 'Quality (accepted without remarks)' },
};

/** A KPI of the analyst's plan: weight and a plan share (or base / norm / target), as in a general sheet. */
export interface AnalystPlanKpi extends KpiTerms {
  kpi: AnalystKpi;
}

/** A month's analyst plan. */
export interface AnalystPlan {
  employee: string;
  /** Month, YYYY-MM: entries whose deadline falls in it are judged. */
  period: string;
  bonus: number;
  kpis: AnalystPlanKpi[];
  /** Corridor of KPIs given by a plain plan (the marketer's 70–140% by default). */
  corridor: { floor: number; cap: number };
  /** Business days after delivery a remark still blocks acceptance (METHODOLOGY §3: 3). */
  acceptanceDays: number;
}

/** Counts behind the three facts. */
export interface AnalystCounts {
  /** Entries with a deadline in the month, not open any more. */
  due: number;
  delivered: number;
  onTime: number;
  /** Delivered entries whose remark window has closed (accepted + remarked). */
  decided: number;
  accepted: number;
  /** Delivered, window still open: quality is judged without them until it closes. */
  pending: number;
  /** Not delivered, deadline not passed yet: judged in a later sheet. */
  open: number;
}

/** A computed analyst sheet: the paying lines plus the judged register behind the facts. */
export interface AnalystSheet extends Sheet {
  kind: 'analyst';
  asOf: IsoDate;
  calendar: string;
  /** Present when the month (or an acceptance window) runs into a year whose transfers are estimated. */
  calendarNote?: Label;
  acceptanceDays: number;
  counts: AnalystCounts;
  register: Array<AssessedEntry & { explain: Label }>;
}

const monthOf = (period: string): string => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new Error(`analyst sheet period "${period}": expected YYYY-MM`);
  return period;
};

function counts(entries: readonly AssessedEntry[]): AnalystCounts {
  const n = (f: (e: AssessedEntry) => boolean): number => entries.filter(f).length;
  return {
    due: n((e) => e.status !== 'open'),
    delivered: n((e) => e.delivered !== null),
    onTime: n((e) => e.onTime === true),
    decided: n((e) => e.status === 'accepted' || e.status === 'remarked'),
    accepted: n((e) => e.status === 'accepted'),
    pending: n((e) => e.status === 'pending'),
    open: n((e) => e.status === 'open'),
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The three facts with where each came from; an empty denominator is "no data", never 0. */
export function analystFacts(c: AnalystCounts): Record<AnalystKpi, Fact> {
  // `detail` keeps both languages, as it always has; `text` gives each reader theirs.
  const src = (ru: string, en: string): Fact['source'] => ({
    kind: 'register',
    detail: `${en} / ${ru}`,
    text: { ru, en },
  });
  return {
    timeliness: {
      value: ratio(c.onTime, c.due),
      source: src(`в срок ${c.onTime} из ${c.due}`, `on time ${c.onTime} of ${c.due}`),
    },
    completeness: {
      value: ratio(c.delivered, c.due),
      source: src(`сдано ${c.delivered} из ${c.due}`, `delivered ${c.delivered} of ${c.due}`),
    },
    quality: {
      value: ratio(c.accepted, c.decided),
      source: src(
        `принято без замечаний ${c.accepted} из ${c.decided}${c.pending ? `, ждут ${c.pending}` : ''}`,
        `accepted ${c.accepted} of ${c.decided}${c.pending ? `, ${c.pending} pending` : ''}`,
      ),
    },
  };
}

/**
 * The analyst's monthly sheet: the register entries whose deadline falls in the month are judged
 * as of `asOf` (timeliness = on time / due, completeness = delivered / due, quality = accepted /
 * decided), and the three facts pay through the general sheet's rules — corridor or
 * base / norm / target — each line rounded to kopecks, the total a sum of the lines.
 */
export function analystSheet(
  plan: AnalystPlan,
  entries: readonly RegisterEntry[],
  opts: { calendar: WorkCalendar; norms: readonly ReportNorm[]; asOf: IsoDate },
): AnalystSheet {
  const month = monthOf(plan.period);
  if (!Number.isInteger(plan.acceptanceDays) || plan.acceptanceDays < 1)
    throw new Error(`acceptance window ${plan.acceptanceDays}: expected whole business days ≥ 1`);
  for (const k of plan.kpis)
    if (!ANALYST_KPIS.includes(k.kpi))
      throw new Error(`analyst KPI "${String(k.kpi)}": use ${ANALYST_KPIS.join(', ')}`);
  if (new Set(plan.kpis.map((k) => k.kpi)).size !== plan.kpis.length)
    throw new Error('an analyst KPI appears twice in the plan');
  assertWeightsSumToOne(
    plan.kpis.map((k) => k.weight),
    `the analyst KPIs of ${plan.employee}`,
  );
  checkRegister(entries);
  const rules = {
    acceptanceDays: plan.acceptanceDays,
    asOf: opts.asOf,
    calendar: opts.calendar,
    norms: new Map(opts.norms.map((n) => [n.type, n])),
  };
  const judged = entries
    .map((e) => assessEntry(e, rules))
    .filter((e) => e.deadline.slice(0, 7) === month)
    .sort((a, b) => (a.deadline === b.deadline ? (a.id < b.id ? -1 : 1) : a.deadline < b.deadline ? -1 : 1));
  const c = counts(judged);
  const kpis: GeneralKpi[] = plan.kpis.map((k) => ({
    ...k,
    name: ANALYST_NAMES[k.kpi],
    unit: 'ratio',
    direction: 'higher',
  }));
  const lines = kpiLines(kpis, analystFacts(c), plan.corridor, 1, plan.bonus, 'kpi');
  return {
    kind: 'analyst',
    employee: plan.employee,
    period: plan.period,
    bonus: plan.bonus,
    lines,
    ...kpiOnlyParts(lines),
    asOf: opts.asOf,
    calendar: opts.calendar.name,
    ...estimatedNote(opts.calendar, month),
    acceptanceDays: plan.acceptanceDays,
    counts: c,
    register: judged.map((e) => ({ ...e, explain: explainEntry(e, plan.acceptanceDays) })),
  };
}

// December's deadlines and 3-day windows run into January, so December checks the next year too.
function estimatedNote(cal: WorkCalendar, month: string): { calendarNote?: Label } {
  const year = Number(month.slice(0, 4));
  const years = (month.endsWith('-12') ? [year, year + 1] : [year]).filter((y) => isEstimatedYear(cal, y));
  if (years.length === 0) return {};
  const list = years.join(', ');
  return {
    calendarNote: {
      ru: `В календаре нет постановления о переносах на ${list}: праздники, выпавшие на выходные, перенесены по ст. 112 ТК РФ на следующий рабочий день, новогодние — нет. Внесите дни постановления (fulcrum kpi analyst calendar --import ФАЙЛ), когда оно выйдет.`,
      en: `The calendar has no transfer decree for ${list}: holidays falling on days off are moved to the next working day by art. 112 of the Labour Code, the New Year days are not. Add the decree's days (fulcrum kpi analyst calendar --import FILE) when it is out.`,
    },
  };
}
