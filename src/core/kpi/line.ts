import { toKopecks } from '../money/index.ts';
import { explainBoth } from './explain.ts';
import type { KpiUnit } from './format.ts';
import { pay, type PayoutRule } from './payout.ts';
import type { Direction, Fact, Label, Maybe, SheetLine } from './types.ts';

/** Everything one paying line needs. */
export interface LineInput {
  kpi: string;
  part: string;
  name: Label;
  unit: KpiUnit;
  direction: Direction;
  weight: number;
  /** Share of the bonus base the line's part gets (0.7); 1 for a sheet without parts. */
  partShare: number;
  plan: Maybe;
  fact: Fact;
  rule: PayoutRule;
  bonus: number;
}

/**
 * Computes one line: completion, paid completion by the rule, and the amount
 * paid × weight × part share × bonus, rounded to kopecks half away from zero (docs/rounding.md) —
 * the same ROUND(…; 2) the exported workbook applies, so Excel recalculates to the same kopeck.
 */
export function computeLine(i: LineInput): SheetLine {
  const { completion, paid } = pay(i.rule, i.plan, i.fact.value, i.direction);
  const amount = paid === null ? null : toKopecks(paid * i.weight * i.partShare * i.bonus) / 100;
  const factors = i.partShare === 1 ? [i.weight] : [i.weight, i.partShare];
  return {
    kpi: i.kpi,
    part: i.part,
    name: i.name,
    weight: i.weight,
    plan: i.plan,
    fact: i.fact.value,
    completion,
    paidCompletion: paid,
    amount,
    partShare: i.partShare,
    direction: i.direction,
    unit: i.unit,
    rule: i.rule,
    ...(i.fact.source ? { source: i.fact.source } : {}),
    explain: explainBoth({
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      plan: i.plan,
      fact: i.fact.value,
      completion,
      paid,
      rule: i.rule,
      factors,
      bonus: i.bonus,
      amount,
    }),
  };
}

/** Sum of amounts (lines, or parts of a sheet) in kopecks, or null when any is "no data". */
export function sumAmounts(lines: readonly { readonly amount: Maybe }[]): Maybe {
  let k = 0;
  for (const l of lines) {
    if (l.amount === null) return null;
    k += toKopecks(l.amount);
  }
  return k / 100;
}
