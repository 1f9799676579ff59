/**
 * The analyst's monthly plan as its editor holds it: typed text, shares in percent. Pure, like
 * plan-draft.ts: a plan into a draft, the draft checked, and back into the plan the API stores
 * (GET/PUT /api/kpi/analyst-plans/{employee}/{period}).
 */
import { offSums, parseTyped, showTyped, tidy } from '../draft-number.ts';
import type { AnalystPlan } from '../kpi-types.ts';
import { defaultAnalystPlan as coreDefaultPlan } from '../../../../../src/contract/analyst-default.ts';
import type { Lang } from '../../../format/format.ts';

/** An analyst's plan as the API returns it. */
export type { AnalystPlan };
/** A KPI of the plan: a weight and a plan share, or a payout curve (base / norm / target), kept as stored. */
export type AnalystPlanKpi = AnalystPlan['kpis'][number];
export type AnalystKpi = AnalystPlanKpi['kpi'];

/** The analyst's three KPIs, in the order the sheet lists them. */
export const ANALYST_KPIS = [
  'timeliness',
  'completeness',
  'quality',
] as const satisfies readonly AnalystKpi[];

export interface AnalystKpiDraft {
  on: boolean;
  weight: string;
  plan: string;
}

export interface AnalystDraft {
  bonus: string;
  acceptanceDays: string;
  corridorFloor: string;
  corridorCap: string;
  kpis: Record<AnalystKpi, AnalystKpiDraft>;
}

export type AnalystField = 'bonus' | 'acceptanceDays' | 'corridorFloor' | 'corridorCap';

/** What is wrong with a draft, for the page to say in the user's language. */
export type AnalystProblem =
  | { kind: 'number'; field: AnalystField }
  | { kind: 'positive'; field: AnalystField }
  | { kind: 'days'; field: 'acceptanceDays' }
  | { kind: 'kpiNumber'; kpi: AnalystKpi; what: 'weight' | 'plan' }
  | { kind: 'none' }
  | { kind: 'sum'; group: 'kpis'; sum: number };

const show = (v: number, percent: boolean, lang: Lang): string => showTyped(v, percent, lang);

/** Fulcrum's default analyst plan (core's rule, METHODOLOGY §3), with no bonus typed yet. */
export const defaultAnalystPlan = (employee: string, period: string): AnalystPlan =>
  coreDefaultPlan(employee, period, 0);

/** The plan as the editor's fields; a KPI the plan leaves out is off, with the default's figures. */
export function toAnalystDraft(p: AnalystPlan, lang: Lang): AnalystDraft {
  const fallback = defaultAnalystPlan(p.employee, p.period).kpis;
  const kpis = Object.fromEntries(
    ANALYST_KPIS.map((id) => {
      const k = p.kpis.find((x) => x.kpi === id);
      const d = fallback.find((x) => x.kpi === id)!;
      const plan = k ? k.plan : d.plan;
      return [
        id,
        {
          on: k !== undefined,
          weight: show(k?.weight ?? 0, true, lang),
          plan: plan === undefined ? '' : show(plan, true, lang),
        },
      ];
    }),
  ) as Record<AnalystKpi, AnalystKpiDraft>;
  return {
    bonus: show(p.bonus, false, lang),
    acceptanceDays: String(p.acceptanceDays),
    corridorFloor: show(p.corridor.floor, true, lang),
    corridorCap: show(p.corridor.cap, true, lang),
    kpis,
  };
}

/** A new month's draft from the default plan: the bonus base left blank. */
export const newAnalystDraft = (employee: string, period: string, lang: Lang): AnalystDraft => ({
  ...toAnalystDraft(defaultAnalystPlan(employee, period), lang),
  bonus: '',
});

/** The sum of the weights of the KPIs that are on (a fraction), NaN while one is not a number. */
export function analystWeightSum(d: AnalystDraft): number {
  return tidy(
    ANALYST_KPIS.filter((k) => d.kpis[k].on).reduce(
      (s, k) => s + (parseTyped(d.kpis[k].weight) ?? NaN) / 100,
      0,
    ),
  );
}

/**
 * Checks a draft; with no problems, the plan to store. A KPI's payout curve (base / norm / target)
 * set through the CLI or a file is kept as it was: the editor changes its weight only.
 */
export function fromAnalystDraft(
  d: AnalystDraft,
  base: AnalystPlan,
): { plan: AnalystPlan | null; problems: AnalystProblem[] } {
  const problems: AnalystProblem[] = [];
  const num = (field: AnalystField, percent: boolean, positive: boolean): number => {
    const n = parseTyped(d[field]);
    if (n === null || Number.isNaN(n) || n < 0) {
      problems.push({ kind: 'number', field });
      return NaN;
    }
    if (positive && n === 0) problems.push({ kind: 'positive', field });
    return percent ? tidy(n / 100) : n;
  };
  const bonus = num('bonus', false, false);
  const days = num('acceptanceDays', false, true);
  if (Number.isFinite(days) && days > 0 && !Number.isInteger(days))
    problems.push({ kind: 'days', field: 'acceptanceDays' });
  const floor = num('corridorFloor', true, false);
  const cap = num('corridorCap', true, true);
  const kpis: AnalystPlanKpi[] = [];
  for (const kpi of ANALYST_KPIS) {
    const k = d.kpis[kpi];
    if (!k.on) continue;
    const stored = base.kpis.find((x) => x.kpi === kpi);
    const curve = stored !== undefined && stored.plan === undefined;
    const w = parseTyped(k.weight);
    if (w === null || Number.isNaN(w) || w < 0 || w > 100)
      problems.push({ kind: 'kpiNumber', kpi, what: 'weight' });
    const p = parseTyped(k.plan);
    if (!curve && (p === null || Number.isNaN(p) || p <= 0))
      problems.push({ kind: 'kpiNumber', kpi, what: 'plan' });
    kpis.push({
      ...(curve ? stored : {}),
      kpi,
      weight: tidy((w ?? 0) / 100),
      ...(curve ? {} : { plan: tidy((p ?? 0) / 100) }),
    });
  }
  if (kpis.length === 0) problems.push({ kind: 'none' });
  problems.push(...offSums({ kpis: kpis.length > 0 ? analystWeightSum(d) : null }, ['kpis'] as const));
  if (problems.length > 0) return { plan: null, problems };
  return {
    plan: { ...base, bonus, acceptanceDays: days, corridor: { floor, cap }, kpis },
    problems,
  };
}
