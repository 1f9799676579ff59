import { toKopecks } from '../money/index.ts';
import type { KpiUnit } from './format.ts';
import { num } from './format.ts';
import { computeLine } from './line.ts';
import { NAMES } from './names.ts';
import { resolvePayoutRule, type PayoutRule } from './payout.ts';
import type { Direction, Fact, KpiTerms, Label, Maybe, Sheet, SheetLine } from './types.ts';
import { assertWeightsSumToOne } from './weights.ts';

/**
 * A KPI of an agreement-on-goals matrix: a plan (paid through the corridor) or base / norm /
 * target (paid through the curve). The 3-to-5 KPIs of one person have weights summing to 1.
 */
export interface GeneralKpi extends KpiTerms {
  kpi: string;
  name: Label;
  unit: KpiUnit;
  direction: Direction;
}

/** Plan of a general KPI sheet. */
export interface GeneralPlan {
  employee: string;
  period: string;
  bonus: number;
  kpis: GeneralKpi[];
  /** Corridor for KPIs given by a plain plan; Fulcrum default: from 0, capped at 140%. */
  corridor?: { floor: number; cap: number };
}

/** Default corridor of a general sheet (Fulcrum rule): no floor, capped as the marketer's corridor. */
export const GENERAL_CORRIDOR = { floor: 0, cap: 1.4 };

/** Default phasing of the bonus share of pay: 10% → 20% → 30% (METHODOLOGY §3). */
export const DEFAULT_PHASING = [0.1, 0.2, 0.3] as const;

/**
 * Bonus base while the variable part is phased in: pay × share of the stage (0-based; stages past
 * the schedule stay at its last share). Returned in exact kopecks / 100.
 */
export function phasedBonus(
  pay: number,
  stage: number,
  schedule: readonly number[] = DEFAULT_PHASING,
): number {
  if (schedule.length === 0) throw new Error('phasing schedule is empty');
  const share = schedule[Math.max(0, Math.min(stage, schedule.length - 1))] ?? 0;
  return toKopecks(pay * share) / 100;
}

/** The payout rule of one KPI: the curve when base/norm/target are all given, else the corridor. */
export function ruleOf(k: GeneralKpi, corridor: { floor: number; cap: number }): PayoutRule {
  if (k.base !== undefined && k.norm !== undefined && k.target !== undefined)
    return resolvePayoutRule(
      { rule: 'base-norm-target', base: k.base, norm: k.norm, target: k.target, cap: k.cap ?? 1 },
      k.direction,
    );
  if (k.plan === undefined) throw new Error(`KPI "${k.kpi}" needs a plan or base, norm and target`);
  return resolvePayoutRule({ rule: 'corridor', floor: corridor.floor, cap: k.cap ?? corridor.cap });
}

/** Lines of a set of KPIs sharing one part of the bonus. */
export function kpiLines(
  kpis: readonly GeneralKpi[],
  facts: Readonly<Record<string, Fact>>,
  corridor: { floor: number; cap: number },
  partShare: number,
  bonus: number,
  part: string,
): SheetLine[] {
  return kpis.map((k) =>
    computeLine({
      kpi: k.kpi,
      part,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      weight: k.weight,
      partShare,
      plan: k.plan ?? k.norm ?? null,
      fact: facts[k.kpi] ?? { value: null },
      rule: ruleOf(k, corridor),
      bonus,
    }),
  );
}

/** KPI index = Σ weight × completion (unpaid, uncapped): how the person did, apart from the money. */
export function kpiIndex(lines: readonly SheetLine[]): Maybe {
  let s = 0;
  for (const l of lines) {
    if (l.completion === null) return null;
    s += l.weight * l.completion;
  }
  return s;
}

/**
 * The one part of a sheet paid by KPIs alone (the general and the analyst's): the lines' sum,
 * explained by the KPI index; no total while a fact is missing, and which ones are.
 */
export function kpiOnlyParts(lines: readonly SheetLine[]): Pick<Sheet, 'parts' | 'total' | 'missing'> {
  const missing = lines.filter((l) => l.fact === null).map((l) => l.kpi);
  const total = missing.length > 0 ? null : lines.reduce((k, l) => k + toKopecks(l.amount ?? 0), 0) / 100;
  const index = kpiIndex(lines);
  const explain: Label | undefined =
    index === null
      ? undefined
      : { ru: `Индекс KPI = ${num(index, 'ru')}`, en: `KPI index = ${num(index, 'en')}` };
  return {
    parts: [
      {
        id: 'kpi',
        name: NAMES.partKpi,
        share: 1,
        subtotal: total,
        coefficient: 1,
        amount: total,
        ...(explain ? { explain } : {}),
      },
    ],
    total,
    missing,
  };
}

/** Sums of line amounts and the index into a one-part sheet. */
export function generalSheet(plan: GeneralPlan, facts: Readonly<Record<string, Fact>>): Sheet {
  assertWeightsSumToOne(
    plan.kpis.map((k) => k.weight),
    `the KPIs of ${plan.employee}`,
  );
  const lines = kpiLines(plan.kpis, facts, plan.corridor ?? GENERAL_CORRIDOR, 1, plan.bonus, 'kpi');
  return {
    kind: 'general',
    employee: plan.employee,
    period: plan.period,
    bonus: plan.bonus,
    lines,
    ...kpiOnlyParts(lines),
  };
}
