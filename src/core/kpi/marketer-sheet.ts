import { toKopecks } from '../money/index.ts';
import { completion } from './completion.ts';
import { factSource } from './fact-source.ts';
import { money, noDataText, num, pct, type Lang } from './format.ts';
import { computeLine, sumAmounts } from './line.ts';
import { NAMES, taskName } from './names.ts';
import type { MarketerFacts, MarketerPlan, PlanTask } from './plan.ts';
import { resolvePayoutRule } from './payout.ts';
import type { Label, Maybe, Sheet, SheetLine, SheetPart } from './types.ts';
import { assertWeightsSumToOne } from './weights.ts';

const TASK_SOURCE = factSource('manual', (w) => (w.lang === 'ru' ? 'выполнение задачи' : 'task completion'));

/** Task lines of part 2 (also used by the quarterly sheet's calendar tasks). */
export function taskLines(
  tasks: readonly PlanTask[],
  rule: { floor: number; cap: number },
  share: number,
  bonus: number,
  part: string,
): SheetLine[] {
  const corridor = resolvePayoutRule({ rule: 'corridor', ...rule });
  return tasks.map((t) =>
    computeLine({
      kpi: `task:${t.id}`,
      part,
      name: taskName(t.name),
      unit: 'percent',
      direction: 'higher',
      weight: t.weight,
      partShare: share,
      plan: 1,
      fact: { value: t.completion, source: TASK_SOURCE },
      rule: corridor,
      bonus,
    }),
  );
}

function qualityText(
  q: Maybe,
  fact: Maybe,
  plan: number,
  cap: number,
  subtotal: Maybe,
  amount: Maybe,
  lang: Lang,
): string {
  const name = NAMES.acceptedShare[lang];
  if (q === null || fact === null) return `${name}: ${noDataText(lang)}`;
  const coef =
    lang === 'ru'
      ? `коэффициент качества ${num(q, lang)} (не выше ${pct(cap, lang)})`
      : `quality coefficient ${num(q, lang)} (at most ${pct(cap, lang)})`;
  const calc =
    subtotal === null || amount === null
      ? ''
      : ` → ${money(subtotal, lang, 2)} × ${num(q, lang)} = ${money(amount, lang, 2)}`;
  return `${name}: ${pct(fact, lang)} ${lang === 'ru' ? 'из' : 'of'} ${pct(plan, lang)} → ${coef}${calc}`;
}

/**
 * The monthly marketer sheet, METHODOLOGY §3: part 1 (leads count and share of new clients, each in
 * the corridor) times the quality coefficient min(accepted share / its plan, cap); part 2 (tasks,
 * nothing under the task floor); part 3 (discretionary). Lines are rounded to kopecks, parts and the
 * total are sums of rounded figures, so the sheet adds up exactly.
 */
export function marketerSheet(plan: MarketerPlan, facts: MarketerFacts): Sheet {
  assertWeightsSumToOne([plan.split.leads, plan.split.tasks], 'the parts (leads + tasks)');
  assertWeightsSumToOne([plan.leads.weight, plan.newClientShare.weight], 'part 1 (leads + new clients)');
  if (plan.tasks.length > 0)
    assertWeightsSumToOne(
      plan.tasks.map((t) => t.weight),
      'the tasks',
    );
  const rule = resolvePayoutRule({ rule: 'corridor', ...plan.corridor });
  const common = {
    part: 'leads',
    direction: 'higher' as const,
    partShare: plan.split.leads,
    rule,
    bonus: plan.bonus,
  };
  const part1 = [
    computeLine({
      ...common,
      kpi: 'leads',
      name: NAMES.leads,
      unit: 'count',
      ...plan.leads,
      fact: facts.leads,
    }),
    computeLine({
      ...common,
      kpi: 'new_client_share',
      name: NAMES.newClientShare,
      unit: 'ratio',
      ...plan.newClientShare,
      fact: facts.newClientShare,
    }),
  ];
  const accepted = facts.acceptedShare.value;
  const c = completion(plan.quality.plan, accepted, 'higher');
  const q = c === null ? null : Math.min(c, plan.quality.cap);
  const sub1 = sumAmounts(part1);
  const amount1 = sub1 === null || q === null ? null : toKopecks(sub1 * q) / 100;
  const part2 = taskLines(plan.tasks, plan.taskRule, plan.split.tasks, plan.bonus, 'tasks');
  const sub2 = sumAmounts(part2);
  const part3: SheetLine = {
    kpi: 'discretionary',
    part: 'discretionary',
    name: NAMES.partDiscretionary,
    weight: 1,
    plan: null,
    fact: null,
    completion: null,
    paidCompletion: null,
    amount: toKopecks(plan.discretionary) / 100,
    explain: {
      ru: `${NAMES.partDiscretionary.ru}: ${money(plan.discretionary, 'ru', 2)}`,
      en: `${NAMES.partDiscretionary.en}: ${money(plan.discretionary, 'en', 2)}`,
    },
  };
  const qualityExplain: Label = {
    ru: qualityText(q, accepted, plan.quality.plan, plan.quality.cap, sub1, amount1, 'ru'),
    en: qualityText(q, accepted, plan.quality.plan, plan.quality.cap, sub1, amount1, 'en'),
  };
  const parts: SheetPart[] = [
    {
      id: 'leads',
      name: NAMES.partLeads,
      share: plan.split.leads,
      subtotal: sub1,
      coefficient: q,
      amount: amount1,
      quality: { plan: plan.quality.plan, fact: accepted, cap: plan.quality.cap },
      explain: qualityExplain,
    },
    {
      id: 'tasks',
      name: NAMES.partTasks,
      share: plan.split.tasks,
      subtotal: sub2,
      coefficient: 1,
      amount: sub2,
    },
    {
      id: 'discretionary',
      name: NAMES.partDiscretionary,
      share: null,
      subtotal: part3.amount,
      coefficient: 1,
      amount: part3.amount,
    },
  ];
  const missing = [
    ...[...part1, ...part2].filter((l) => l.fact === null).map((l) => l.kpi),
    ...(accepted === null ? ['accepted_share'] : []),
  ];
  const total = sumAmounts(parts);
  return {
    kind: 'marketer',
    employee: plan.employee,
    period: plan.period,
    bonus: plan.bonus,
    lines: [...part1, ...part2, part3],
    parts,
    total,
    missing,
  };
}
