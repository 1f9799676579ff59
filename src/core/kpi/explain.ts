import type { PayoutRule } from './payout.ts';
import { byUnit, money, noDataText, num, pct, type KpiUnit, type Lang } from './format.ts';
import type { Direction, Label, Maybe } from './types.ts';

/** What a line's sentence is built from; the figures are the ones the sheet computed. */
export interface LineStory {
  name: Label;
  unit: KpiUnit;
  direction: Direction;
  plan: Maybe;
  fact: Maybe;
  completion: Maybe;
  paid: Maybe;
  rule: PayoutRule;
  /** Weight and part share, multiplied after the paid completion: [0.7, 0.7]. */
  factors: number[];
  bonus: number;
  amount: Maybe;
}

const W = {
  ru: {
    of: 'из',
    planFact: (p: string, f: string) => `план ${p}, факт ${f}`,
    within: (a: string, b: string) => `в коридоре ${a}–${b}`,
    below: (a: string) => `ниже порога ${a}`,
    above: (b: string) => `выше потолка ${b}, платим ${b}`,
    curve: (b: string, n: string, t: string) => `шкала база ${b} / норма ${n} / цель ${t}`,
    missing: 'сумма не рассчитана: введите факт',
  },
  en: {
    of: 'of',
    planFact: (p: string, f: string) => `plan ${p}, fact ${f}`,
    within: (a: string, b: string) => `within the ${a}–${b} corridor`,
    below: (a: string) => `below the ${a} floor`,
    above: (b: string) => `above the ${b} cap, paid at ${b}`,
    curve: (b: string, n: string, t: string) => `scale base ${b} / norm ${n} / target ${t}`,
    missing: 'amount not computed: enter the fact',
  },
} as const;

function ruleClause(s: LineStory, lang: Lang): string {
  const w = W[lang];
  const r = s.rule;
  if (r.rule === 'base-norm-target') {
    const u = (v: number): string => byUnit(v, s.unit, lang);
    return w.curve(u(r.base), u(r.norm), u(r.target));
  }
  const c = s.completion ?? 0;
  if (c < r.floor) return w.below(pct(r.floor, lang));
  if (c > r.cap) return w.above(pct(r.cap, lang));
  return w.within(num(r.floor * 100, lang, 1), pct(r.cap, lang));
}

/**
 * One line as a sentence a marketer reads: "Лиды: 88 из 100 = 88% → в коридоре 70–140% →
 * 0,88 × 70% × 70% × 30 000 ₽ = 12 936,00 ₽". Lower-is-better KPIs say plan and fact instead of
 * "88 of 100", because their completion is plan / fact.
 */
export function explainLine(s: LineStory, lang: Lang): string {
  const w = W[lang];
  const name = s.name[lang];
  if (s.fact === null || s.completion === null || s.paid === null || s.amount === null) {
    return `${name}: ${noDataText(lang)} → ${w.missing}`;
  }
  const plan = byUnit(s.plan, s.unit, lang);
  const fact = byUnit(s.fact, s.unit, lang);
  const head = s.direction === 'higher' ? `${fact} ${w.of} ${plan}` : w.planFact(plan, fact);
  const calc =
    s.paid === 0
      ? money(0, lang, 2)
      : `${[num(s.paid, lang), ...s.factors.map((f) => pct(f, lang)), money(s.bonus, lang)].join(' × ')} = ${money(s.amount, lang, 2)}`;
  return `${name}: ${head} = ${pct(s.completion, lang)} → ${ruleClause(s, lang)} → ${calc}`;
}

/** Both languages at once: the JSON carries both so a surface can switch without recomputing. */
export const explainBoth = (s: LineStory): Label => ({ ru: explainLine(s, 'ru'), en: explainLine(s, 'en') });
