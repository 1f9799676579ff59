/**
 * The monthly plan as the editor holds it: every field as typed text (so «7,» survives until it
 * is a number), shares in percent. Pure: reading a plan into a draft, checking a draft and turning
 * it back into the plan the API stores (GET/PUT /api/kpi/plans/{employee}/{period}).
 */

import { offSums, parseTyped, showTyped, tidy } from '../draft-number.ts';
import { tasksFromDrafts, type TaskDraft, type TaskProblem } from '../analyst/task-draft.ts';
import type { PlanFile } from '../kpi-types.ts';
import type { Lang } from '../../../format/format.ts';

/** A monthly marketer plan as the API returns it (`fulcrum kpi plan export`). */
export type { PlanFile };
export type PlanTask = PlanFile['tasks'][number];

/** The editor's plain fields: money in roubles, `leadsPlan` a count, everything else in percent. */
export const DRAFT_FIELDS = [
  'bonus',
  'discretionary',
  'splitLeads',
  'splitTasks',
  'leadsWeight',
  'leadsPlan',
  'newWeight',
  'newPlan',
  'corridorFloor',
  'corridorCap',
  'qualityPlan',
  'qualityCap',
  'taskFloor',
  'taskCap',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** A task row as typed (the same shape for monthly and calendar tasks). */
export type DraftTask = TaskDraft;

export type PlanDraft = Record<DraftField, string> & { tasks: DraftTask[] };

type Kind = 'money' | 'count' | 'percent';
const KIND: Record<DraftField, Kind> = {
  bonus: 'money',
  discretionary: 'money',
  splitLeads: 'percent',
  splitTasks: 'percent',
  leadsWeight: 'percent',
  leadsPlan: 'count',
  newWeight: 'percent',
  newPlan: 'percent',
  corridorFloor: 'percent',
  corridorCap: 'percent',
  qualityPlan: 'percent',
  qualityCap: 'percent',
  taskFloor: 'percent',
  taskCap: 'percent',
};

/** Whether a field is typed in percent. */
export const isPercent = (f: DraftField): boolean => KIND[f] === 'percent';

// Ten decimals: 0.07 × 100 is 7.000000000000001 in floating point, and nobody typed that.

const show = (v: number, percent: boolean, lang: Lang): string => showTyped(v, percent, lang);

/** The plan's values as the editor's fields. */
export function toDraft(p: PlanFile, lang: Lang): PlanDraft {
  const values: Record<DraftField, number> = {
    bonus: p.bonus,
    discretionary: p.discretionary,
    splitLeads: p.split.leads,
    splitTasks: p.split.tasks,
    leadsWeight: p.leads.weight,
    leadsPlan: p.leads.plan,
    newWeight: p.newClientShare.weight,
    newPlan: p.newClientShare.plan,
    corridorFloor: p.corridor.floor,
    corridorCap: p.corridor.cap,
    qualityPlan: p.quality.plan,
    qualityCap: p.quality.cap,
    taskFloor: p.taskRule.floor,
    taskCap: p.taskRule.cap,
  };
  const fields = Object.fromEntries(
    DRAFT_FIELDS.map((f) => [f, show(values[f], isPercent(f), lang)]),
  ) as Record<DraftField, string>;
  return {
    ...fields,
    tasks: p.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      weight: show(t.weight, true, lang),
      completion: t.completion === null ? '' : show(t.completion, true, lang),
    })),
  };
}

/** A weight group that must sum to 100%. */
export type WeightGroup = 'parts' | 'part1' | 'tasks';

/** What is wrong with a draft, for the page to say in the user's language. */
export type DraftProblem =
  | { kind: 'number'; field: DraftField }
  | { kind: 'positive'; field: DraftField }
  | TaskProblem
  | { kind: 'sum'; group: WeightGroup; sum: number };

/** The weights of each group (fractions) and their sums; NaN where a weight is not a number yet. */
export function weightSums(d: PlanDraft): Record<WeightGroup, number | null> {
  const frac = (s: string): number => (parseTyped(s) ?? NaN) / 100;
  const sum = (xs: number[]): number => tidy(xs.reduce((a, b) => a + b, 0));
  return {
    parts: sum([frac(d.splitLeads), frac(d.splitTasks)]),
    part1: sum([frac(d.leadsWeight), frac(d.newWeight)]),
    tasks: d.tasks.length === 0 ? null : sum(d.tasks.map((t) => frac(t.weight))),
  };
}

/** Checks a draft; with no problems, the plan to store (employee, period and scope kept from `base`). */
export function fromDraft(d: PlanDraft, base: PlanFile): { plan: PlanFile | null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const v = {} as Record<DraftField, number>;
  for (const f of DRAFT_FIELDS) {
    const n = parseTyped(d[f]);
    if (n === null || Number.isNaN(n) || n < 0) {
      problems.push({ kind: 'number', field: f });
      continue;
    }
    // Plans and caps divide or bound: zero would make completion meaningless.
    if (
      n === 0 &&
      ['leadsPlan', 'newPlan', 'qualityPlan', 'corridorCap', 'qualityCap', 'taskCap'].includes(f)
    )
      problems.push({ kind: 'positive', field: f });
    v[f] = isPercent(f) ? tidy(n / 100) : n;
  }
  const tasks: PlanTask[] = tasksFromDrafts(d.tasks, (p) => problems.push(p));
  problems.push(...offSums(weightSums(d), ['parts', 'part1', 'tasks'] as const));
  if (problems.length > 0) return { plan: null, problems };
  return {
    plan: {
      ...base,
      bonus: v.bonus,
      discretionary: v.discretionary,
      split: { leads: v.splitLeads, tasks: v.splitTasks },
      corridor: { floor: v.corridorFloor, cap: v.corridorCap },
      leads: { weight: v.leadsWeight, plan: v.leadsPlan },
      newClientShare: { weight: v.newWeight, plan: v.newPlan },
      quality: { plan: v.qualityPlan, cap: v.qualityCap },
      taskRule: { floor: v.taskFloor, cap: v.taskCap },
      tasks,
    },
    problems,
  };
}

/** An id for a new task that no task of the plan has. */
export function newTaskId(tasks: readonly DraftTask[]): string {
  const taken = new Set(tasks.map((t) => t.id));
  let n = tasks.length + 1;
  while (taken.has(`task-${n}`)) n++;
  return `task-${n}`;
}

/** Who a new plan is for: an employee's id and, for one not stored yet, their name and scope. */
export type PlanOwner = Pick<PlanFile, 'employee' | 'name' | 'position' | 'channels'>;

/**
 * The methodology's marketer plan (METHODOLOGY §3) for a month that has none: part 1 (leads) 70%
 * — lead count 70%, share of new clients 30%, paid from 70% and capped at 140% of plan, times the
 * quality coefficient (accepted share against 75%, at most 1) —, part 2 (two tasks) 30%, each paid
 * from 50% done, part 3 at the manager's discretion. The bonus base and the plans are the
 * company's own: they are zero here and blank in the draft (newPlanDraft).
 */
export function methodologyPlan(owner: PlanOwner, period: string): PlanFile {
  return {
    ...owner,
    period,
    bonus: 0,
    discretionary: 0,
    split: { leads: 0.7, tasks: 0.3 },
    corridor: { floor: 0.7, cap: 1.4 },
    leads: { weight: 0.7, plan: 0 },
    newClientShare: { weight: 0.3, plan: 0 },
    quality: { plan: 0.75, cap: 1 },
    taskRule: { floor: 0.5, cap: 1 },
    tasks: [
      { id: 'task-1', name: '', weight: 0.5, completion: null },
      { id: 'task-2', name: '', weight: 0.5, completion: null },
    ],
  };
}

/** The methodology's plan as a draft: bonus base and the two plans left blank for the user to fill. */
export function newPlanDraft(owner: PlanOwner, period: string, lang: Lang): PlanDraft {
  return { ...toDraft(methodologyPlan(owner, period), lang), bonus: '', leadsPlan: '', newPlan: '' };
}

/**
 * Another month's plan as the start of this one: everything carried, task completion reset —
 * completion is a fact of the month the task was done in (the server's copy does the same).
 */
export const carryPlan = (p: PlanFile, period: string): PlanFile => ({
  ...p,
  period,
  tasks: p.tasks.map((t) => ({ ...t, completion: null })),
});
