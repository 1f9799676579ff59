/**
 * The quarterly plan as the editor holds it: every field as typed text, shares (and ratio KPIs
 * such as ROMI and MRE) in percent. Pure: reading a plan into a draft, checking a draft and turning
 * it back into the plan the API stores (GET/PUT /api/kpi/quarter-plans/{employee}/{quarter}).
 */
import { offSums, parseTyped, showTyped, tidy } from '../draft-number.ts';
import { tasksFromDrafts, type TaskDraft, type TaskProblem } from '../analyst/task-draft.ts';
import type { KpiSheet, QuarterPlanFile } from '../kpi-types.ts';
import type { Lang } from '../../../format/format.ts';

/** A quarterly plan as the API returns it (`fulcrum kpi quarter plan export`). */
export type { QuarterPlanFile };
/** A KPI of the quarterly plan; without `fact` the sheet takes it from the data. */
export type QuarterKpi = QuarterPlanFile['kpis'][number];
/** A calendar task; completion 0..1, null until assessed. */
export type QuarterTask = QuarterPlanFile['tasks'][number];
/** How ROMI is read from the data: by margin or revenue (core/kpi/romi.ts lists the bases). */
export type RomiBasis = QuarterPlanFile['romi']['basis'];

/** Each basis's name in the editor's select; a basis added to core's list fails this build until named. */
export const ROMI_BASIS_NAMES: Readonly<
  Record<RomiBasis, 'kpi.quarter.basis.margin' | 'kpi.quarter.basis.revenue'>
> = {
  margin: 'kpi.quarter.basis.margin',
  revenue: 'kpi.quarter.basis.revenue',
};
/** How a KPI's plan and fact are typed: shares in percent, money in roubles, counts as they are. */
export type KpiUnit = NonNullable<KpiSheet['lines'][number]['unit']>;

/** The editor's plain fields: money in roubles, the horizon in months, everything else in percent. */
export const QUARTER_FIELDS = [
  'bonus',
  'splitKpis',
  'splitTasks',
  'corridorFloor',
  'corridorCap',
  'taskFloor',
  'taskCap',
  'horizon',
  'otherCosts',
] as const;
export type QuarterField = (typeof QUARTER_FIELDS)[number];

const PERCENT: ReadonlySet<QuarterField> = new Set([
  'splitKpis',
  'splitTasks',
  'corridorFloor',
  'corridorCap',
  'taskFloor',
  'taskCap',
]);

/** The values of a KPI row that are numbers; which of plan or base/norm/target shows depends on `curve`. */
export const KPI_VALUES = ['weight', 'plan', 'base', 'norm', 'target', 'fact'] as const;
export type KpiValue = (typeof KPI_VALUES)[number];

export interface KpiDraft {
  kpi: string;
  /** Plan and fact typed in percent (ROMI 250 % = 2.5). */
  percent: boolean;
  /** Paid by base / norm / target instead of a plan. */
  curve: boolean;
  weight: string;
  plan: string;
  base: string;
  norm: string;
  target: string;
  /** Empty: from the data. */
  fact: string;
  source: string;
  /** Kept as it was (the curve's cap is edited in the workbook). */
  cap?: number;
}

export type { TaskDraft };

export type QuarterDraft = Record<QuarterField, string> & {
  basis: RomiBasis;
  kpis: KpiDraft[];
  tasks: TaskDraft[];
};

const show = showTyped;

const isPercentUnit = (u: KpiUnit | undefined): boolean => u === 'ratio' || u === 'percent';

/** A new KPI row for the draft. */
export function newKpiDraft(kpi: string, unit: KpiUnit | undefined): KpiDraft {
  return {
    kpi,
    percent: isPercentUnit(unit),
    curve: false,
    weight: '',
    plan: '',
    base: '',
    norm: '',
    target: '',
    fact: '',
    source: '',
  };
}

/** The plan's values as the editor's fields; `units` says how each KPI is typed. */
export function toQuarterDraft(
  p: QuarterPlanFile,
  units: Readonly<Record<string, KpiUnit>>,
  lang: Lang,
): QuarterDraft {
  const values: Record<QuarterField, number> = {
    bonus: p.bonus,
    splitKpis: p.split.kpis,
    splitTasks: p.split.tasks,
    corridorFloor: p.corridor.floor,
    corridorCap: p.corridor.cap,
    taskFloor: p.taskRule.floor,
    taskCap: p.taskRule.cap,
    horizon: p.romi.horizon,
    otherCosts: p.romi.otherCosts,
  };
  const fields = Object.fromEntries(
    QUARTER_FIELDS.map((f) => [f, show(values[f], PERCENT.has(f), lang)]),
  ) as Record<QuarterField, string>;
  return {
    ...fields,
    basis: p.romi.basis,
    kpis: p.kpis.map((k) => {
      const percent = isPercentUnit(units[k.kpi]);
      return {
        kpi: k.kpi,
        percent,
        curve: k.plan === undefined && k.norm !== undefined,
        weight: show(k.weight, true, lang),
        plan: show(k.plan, percent, lang),
        base: show(k.base, percent, lang),
        norm: show(k.norm, percent, lang),
        target: show(k.target, percent, lang),
        fact: show(k.fact, percent, lang),
        source: k.fact === null || k.fact === undefined ? '' : (k.source ?? ''),
        ...(k.cap === undefined ? {} : { cap: k.cap }),
      };
    }),
    tasks: p.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      weight: show(t.weight, true, lang),
      completion: show(t.completion, true, lang),
    })),
  };
}

/** A weight group that must sum to 100%. */
export type QuarterGroup = 'parts' | 'kpis' | 'tasks';

/** What is wrong with a draft, for the page to say in the user's language. */
export type QuarterProblem =
  | { kind: 'number'; field: QuarterField }
  | { kind: 'positive'; field: QuarterField }
  | { kind: 'horizon' }
  | { kind: 'kpiNumber'; kpi: string; what: KpiValue }
  | { kind: 'kpiTwice'; kpi: string }
  | { kind: 'noKpis' }
  | TaskProblem
  | { kind: 'sum'; group: QuarterGroup; sum: number };

/** The weights of each group (fractions) and their sums; NaN where a weight is not a number yet. */
export function quarterSums(d: QuarterDraft): Record<QuarterGroup, number | null> {
  const frac = (s: string): number => (parseTyped(s) ?? NaN) / 100;
  const sum = (xs: number[]): number => tidy(xs.reduce((a, b) => a + b, 0));
  return {
    parts: sum([frac(d.splitKpis), frac(d.splitTasks)]),
    kpis: d.kpis.length === 0 ? null : sum(d.kpis.map((k) => frac(k.weight))),
    tasks: d.tasks.length === 0 ? null : sum(d.tasks.map((t) => frac(t.weight))),
  };
}

/** Where a fact typed in the workbench came from, when the person did not say. */
export const WORKBENCH_SOURCE = 'entered in the workbench';

/** Checks a draft; with no problems, the plan to store (employee, period and scope kept from `base`). */
export function fromQuarterDraft(
  d: QuarterDraft,
  base: QuarterPlanFile,
): { plan: QuarterPlanFile | null; problems: QuarterProblem[] } {
  const problems: QuarterProblem[] = [];
  const v = {} as Record<QuarterField, number>;
  for (const f of QUARTER_FIELDS) {
    const n = parseTyped(d[f]);
    if (n === null || Number.isNaN(n) || n < 0) {
      problems.push({ kind: 'number', field: f });
      continue;
    }
    if (n === 0 && (f === 'corridorCap' || f === 'taskCap')) problems.push({ kind: 'positive', field: f });
    if (f === 'horizon' && (!Number.isInteger(n) || n < 1 || n > 120)) problems.push({ kind: 'horizon' });
    v[f] = PERCENT.has(f) ? tidy(n / 100) : n;
  }
  if (d.kpis.length === 0) problems.push({ kind: 'noKpis' });
  const seen = new Set<string>();
  const kpis: QuarterKpi[] = d.kpis.map((k) => {
    if (seen.has(k.kpi)) problems.push({ kind: 'kpiTwice', kpi: k.kpi });
    seen.add(k.kpi);
    const read = (what: KpiValue, required: boolean): number | undefined => {
      const n = parseTyped(k[what]);
      if (n === null) {
        if (required) problems.push({ kind: 'kpiNumber', kpi: k.kpi, what });
        return undefined;
      }
      const bad = Number.isNaN(n) || (what === 'weight' && (n < 0 || n > 100)) || (what === 'plan' && n <= 0);
      if (bad) {
        problems.push({ kind: 'kpiNumber', kpi: k.kpi, what });
        return undefined;
      }
      return what === 'weight' || k.percent ? tidy(n / 100) : n;
    };
    const weight = read('weight', true) ?? 0;
    const values = k.curve
      ? { base: read('base', true), norm: read('norm', true), target: read('target', true) }
      : { plan: read('plan', true) };
    const fact = read('fact', false);
    return {
      kpi: k.kpi,
      weight,
      ...Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)),
      ...(k.cap === undefined ? {} : { cap: k.cap }),
      ...(fact === undefined ? {} : { fact, source: k.source.trim() || WORKBENCH_SOURCE }),
    };
  });
  const tasks: QuarterTask[] = tasksFromDrafts(d.tasks, (p) => problems.push(p));
  problems.push(...offSums(quarterSums(d), ['parts', 'kpis', 'tasks'] as const));
  if (problems.length > 0) return { plan: null, problems };
  return {
    plan: {
      ...base,
      bonus: v.bonus,
      split: { kpis: v.splitKpis, tasks: v.splitTasks },
      corridor: { floor: v.corridorFloor, cap: v.corridorCap },
      taskRule: { floor: v.taskFloor, cap: v.taskCap },
      romi: { basis: d.basis, horizon: v.horizon, otherCosts: v.otherCosts },
      kpis,
      tasks,
    },
    problems,
  };
}

/**
 * A plan to start from when a quarter has none: Fulcrum's defaults (70% KPIs, 30% calendar tasks,
 * corridor 70–140%, tasks from 50%, ROMI by margin over 12 months), ROMI 60% with plan 100% (the
 * marketing pays back) and MRE 40% with plan 10%; the bonus and the tasks are for the manager.
 */
export function newQuarterPlan(employee: { id: string; name: string }, period: string): QuarterPlanFile {
  return {
    employee: employee.id,
    name: employee.name,
    channels: [],
    period,
    bonus: 0,
    split: { kpis: 0.7, tasks: 0.3 },
    corridor: { floor: 0.7, cap: 1.4 },
    kpis: [
      { kpi: 'romi', weight: 0.6, plan: 1 },
      { kpi: 'mre', weight: 0.4, plan: 0.1 },
    ],
    tasks: [],
    taskRule: { floor: 0.5, cap: 1 },
    romi: { basis: 'margin', horizon: 12, otherCosts: 0 },
  };
}

/** The quarter "2024-Q1" of a month "2024-02". */
export const quarterOf = (month: string): string =>
  `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/**
 * The quarters to offer for an employee, newest first: those with a plan, those of their monthly
 * plans, and — for someone who may create plans — the current one.
 */
export function quarterChoices(
  e: { quarter: string[]; marketer: string[] },
  opts: { canCreate: boolean; today: Date },
): string[] {
  const all = new Set(e.quarter);
  if (opts.canCreate) {
    for (const m of e.marketer) all.add(quarterOf(m));
    all.add(quarterOf(opts.today.toISOString().slice(0, 7)));
  }
  return [...all].sort().reverse();
}

/** An id for a new calendar task that no task of the plan has. */
export function newCalendarTaskId(tasks: readonly TaskDraft[]): string {
  const taken = new Set(tasks.map((t) => t.id));
  let n = tasks.length + 1;
  while (taken.has(`q-task-${n}`)) n++;
  return `q-task-${n}`;
}
