import type { Lang } from './format.ts';
import { kpiLines, type GeneralKpi } from './general-sheet.ts';
import { sumAmounts } from './line.ts';
import { taskLines } from './marketer-sheet.ts';
import { NAMES } from './names.ts';
import type { PlanTask } from './plan.ts';
import type { Fact, Label, Sheet, SheetPart } from './types.ts';
import { assertWeightsSumToOne } from './weights.ts';

/** The quarterly plan: ROMI and MRE (or other KPIs) plus calendar tasks. */

/**
 * Default corridor of a quarterly KPI given by a plain plan: the marketer's 70–140% (METHODOLOGY
 * §3: "nothing when fact/plan < 0.70"; the analyst's default is the same). A floor of 0 paid a
 * lower-is-better KPI three times worse than plan a third of its share (MRE plan 5%, fact 15%:
 * completion 33% → 34% of the line) — a bonus for a result the plan calls a failure.
 */
export const QUARTER_CORRIDOR = { floor: 0.7, cap: 1.4 } as const;

export interface QuarterPlan {
  employee: string;
  /** Quarter, YYYY-Qn. */
  period: string;
  bonus: number;
  /** Shares of the quarterly bonus; Fulcrum default 70% KPIs, 30% calendar tasks. */
  split: { kpis: number; tasks: number };
  kpis: GeneralKpi[];
  corridor?: { floor: number; cap: number };
  tasks: PlanTask[];
  taskRule: { floor: number; cap: number };
}

/** A monthly task already agreed in a month, to check calendar tasks against. */
export interface MonthlyTaskRef {
  period: string;
  id: string;
  name: string;
}

/** Months (YYYY-MM) of a quarter "2024-Q1". */
export function quarterMonths(quarter: string): string[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`invalid quarter "${quarter}": expected YYYY-Q1..YYYY-Q4`);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${m[1]}-${String(first + i).padStart(2, '0')}`);
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A calendar task that is also a monthly task of the same quarter, in Russian and English: the
 * task and every month it is already paid in are named, so the manager knows what to drop.
 */
export class DoublePayError extends Error {
  override readonly name = 'DoublePayError';
  readonly text: Label;
  constructor(
    readonly task: string,
    readonly months: readonly MonthlyTaskRef[],
  ) {
    const en = months.map((m) => `${m.period} ("${m.name}")`);
    const ru = months.map((m) => `${m.period} («${m.name}»)`);
    const text = {
      en: `calendar task "${task}" is also a monthly task in ${en.join(' and ')}: it cannot be paid twice`,
      ru: `календарная задача «${task}» уже есть в месячных задачах за ${ru.join(' и ')}: дважды за одну работу не платят`,
    };
    super(text.en);
    this.text = text;
  }

  /** The text in a language; surfaces find this method and show it (src/i18n/localized.ts). */
  localized(lang: Lang): string {
    return this.text[lang];
  }
}

/**
 * METHODOLOGY §3: a calendar task may not also be a monthly task — the same work would be paid
 * twice. Matched by id or by name (case and spacing ignored), in the quarter's months only.
 */
export function assertNoDoublePay(plan: QuarterPlan, monthly: readonly MonthlyTaskRef[]): void {
  const months = new Set(quarterMonths(plan.period));
  for (const t of plan.tasks) {
    const dups = monthly.filter(
      (m) => months.has(m.period) && (m.id === t.id || norm(m.name) === norm(t.name)),
    );
    if (dups.length > 0) throw new DoublePayError(t.name, dups);
  }
}

/** The quarterly sheet: KPI lines (ROMI higher-is-better, MRE lower-is-better) and calendar tasks. */
export function quarterSheet(
  plan: QuarterPlan,
  facts: Readonly<Record<string, Fact>>,
  monthly: readonly MonthlyTaskRef[],
): Sheet {
  assertNoDoublePay(plan, monthly);
  assertWeightsSumToOne([plan.split.kpis, plan.split.tasks], 'the quarterly parts (KPIs + tasks)');
  assertWeightsSumToOne(
    plan.kpis.map((k) => k.weight),
    'the quarterly KPIs',
  );
  if (plan.tasks.length > 0)
    assertWeightsSumToOne(
      plan.tasks.map((t) => t.weight),
      'the calendar tasks',
    );
  const kl = kpiLines(
    plan.kpis,
    facts,
    plan.corridor ?? QUARTER_CORRIDOR,
    plan.split.kpis,
    plan.bonus,
    'kpi',
  );
  const tl = taskLines(plan.tasks, plan.taskRule, plan.split.tasks, plan.bonus, 'calendar');
  const parts: SheetPart[] = [
    {
      id: 'kpi',
      name: NAMES.partKpi,
      share: plan.split.kpis,
      subtotal: sumAmounts(kl),
      coefficient: 1,
      amount: sumAmounts(kl),
    },
    {
      id: 'calendar',
      name: NAMES.partCalendar,
      share: plan.split.tasks,
      subtotal: sumAmounts(tl),
      coefficient: 1,
      amount: sumAmounts(tl),
    },
  ];
  const lines = [...kl, ...tl];
  const total = sumAmounts(parts);
  return {
    kind: 'quarter',
    employee: plan.employee,
    period: plan.period,
    bonus: plan.bonus,
    lines,
    parts,
    total,
    missing: lines.filter((l) => l.fact === null).map((l) => l.kpi),
  };
}
