import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { assertNoDoublePay, quarterMonths, quarterSheet } from '../../core/kpi/index.ts';
import { issuesText, prefixed, textOf } from '../../i18n/index.ts';
import {
  deleteQuarterPlan as deleteStored,
  kpiEmployee,
  listQuarterPlans,
  loadQuarterPlan,
  monthlyTasks,
  saveQuarterPlan,
  type QuarterPlanRecord,
} from '../../store/index.ts';
import { QuarterPlanFileSchema } from '../../contract/kpi/quarter.ts';
import {
  toQuarterPlan,
  toQuarterRecord,
  type QuarterPlanFile,
  type StoredQuarterPlan,
} from './quarter-schema.ts';
import { readQuarterPlanXlsx, writeQuarterPlanXlsx } from './quarter-xlsx.ts';
import { UserError } from '../inputs/user-error.ts';
import { saveEmployeeOfPlan } from './people.ts';
import type { Workspace } from '../warehouse/workspace.ts';

const isXlsx = (file: string): boolean => extname(file).toLowerCase() === '.xlsx';

/** Where a fact typed in without a source came from, by surface. */
export const DEFAULT_FACT_SOURCE = 'entered with the plan';

/**
 * Validates a quarterly plan object: zod's complaints become one line naming the fields, then
 * the plan's own rules (known KPIs, a plan or base/norm/target each, weights summing to 1) are
 * checked by computing it once without facts — a bad plan is refused at the door.
 */
export function parseQuarterPlan(raw: unknown, where: string): QuarterPlanFile {
  const r = QuarterPlanFileSchema.safeParse(raw);
  if (!r.success) throw new UserError(prefixed(where, issuesText(r.error, raw)), 'plan');
  const ids = r.data.kpis.map((k) => k.kpi);
  const twice = ids.find((k, i) => ids.indexOf(k) !== i);
  if (twice)
    throw new UserError(
      { en: `${where}: KPI "${twice}" is listed twice`, ru: `${where}: KPI «${twice}» указан дважды` },
      'kpis',
    );
  const taskIds = r.data.tasks.map((t) => t.id);
  const twiceTask = taskIds.find((k, i) => taskIds.indexOf(k) !== i);
  if (twiceTask)
    throw new UserError(
      {
        en: `${where}: task id "${twiceTask}" is used twice`,
        ru: `${where}: идентификатор задачи «${twiceTask}» повторяется`,
      },
      'tasks',
    );
  try {
    quarterSheet(toQuarterPlan(toQuarterRecord(r.data, DEFAULT_FACT_SOURCE)), {}, []);
  } catch (e) {
    const t = textOf(e);
    throw new UserError(
      {
        en: `quarterly plan ${r.data.employee} ${r.data.period}: ${t.en}`,
        ru: `квартальный план ${r.data.employee} ${r.data.period}: ${t.ru}`,
      },
      'plan',
      { cause: e },
    );
  }
  return r.data;
}

/**
 * No double pay (METHODOLOGY §3): a calendar task may not also be a monthly task of one of the
 * quarter's months in the employee's stored monthly plans. The error names the task and the months.
 */
export function checkDoublePay(ws: Workspace, r: QuarterPlanRecord): void {
  try {
    assertNoDoublePay(toQuarterPlan(r), monthlyTasks(ws.store, r.employee, quarterMonths(r.period)));
  } catch (e) {
    throw new UserError(textOf(e), 'tasks', { cause: e });
  }
}

/**
 * Saves one validated quarterly plan with its employee (created when new, their name, position
 * and scope updated when the file gives them), refusing a calendar task already paid monthly.
 */
export function storeQuarterPlan(ws: Workspace, p: QuarterPlanFile, source = DEFAULT_FACT_SOURCE): void {
  const record = toQuarterRecord(p, source);
  checkDoublePay(ws, record);
  saveEmployeeOfPlan(ws, p);
  saveQuarterPlan(ws.store, record);
}

/** Stores quarterly plans from a JSON file (one plan or a list) or a plan workbook. */
export async function importQuarterPlans(ws: Workspace, file: string): Promise<StoredQuarterPlan[]> {
  let raw: unknown;
  try {
    raw = isXlsx(file) ? await readQuarterPlanXlsx(file) : JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(prefixed(file, textOf(e)), 'file', { cause: e });
  }
  const plans = (Array.isArray(raw) ? raw : [raw]).map((p) => parseQuarterPlan(p, file));
  for (const p of plans) storeQuarterPlan(ws, p, `${DEFAULT_FACT_SOURCE} (${file})`);
  return plans.map((p) => quarterPlanFile(ws, p.employee, p.period));
}

/** The error for a quarter without a stored plan, saying how to import one. */
export const noQuarterPlan = (employee: string, quarter: string): UserError =>
  new UserError(
    {
      en: `no quarterly plan for ${employee} in ${quarter}: import one with \`fulcrum kpi quarter plan import FILE.xlsx\``,
      ru: `нет квартального плана ${employee} на ${quarter}: загрузите его командой \`fulcrum kpi quarter plan import ФАЙЛ.xlsx\``,
    },
    'employee',
  );

/** A stored record as the plan file the CLI exports and the API answers. */
function asFile(ws: Workspace, r: QuarterPlanRecord): StoredQuarterPlan {
  const e = kpiEmployee(ws.store, r.employee);
  return {
    employee: r.employee,
    name: e?.name ?? r.employee,
    ...(e?.position ? { position: e.position } : {}),
    channels: e?.channels ?? [],
    period: r.period,
    bonus: r.bonus,
    split: r.split,
    corridor: r.corridor,
    kpis: r.kpis.map(({ fact, ...k }) => ({
      ...k,
      ...(fact ? { fact: fact.value, source: fact.source } : {}),
    })),
    tasks: r.tasks,
    taskRule: r.taskRule,
    romi: r.romi,
  };
}

/** The stored quarterly plan as a plan file, or undefined. */
export function findQuarterPlan(
  ws: Workspace,
  employee: string,
  quarter: string,
): StoredQuarterPlan | undefined {
  const r = loadQuarterPlan(ws.store, employee, quarter);
  return r ? asFile(ws, r) : undefined;
}

/** The stored quarterly plan as a plan file; none stored is the user's to fix. */
export function quarterPlanFile(ws: Workspace, employee: string, quarter: string): StoredQuarterPlan {
  const p = findQuarterPlan(ws, employee, quarter);
  if (!p) throw noQuarterPlan(employee, quarter);
  return p;
}

/** Every stored quarterly plan, by employee and quarter (newest first per employee). */
export const quarterPlansList = (ws: Workspace): Array<{ employee: string; period: string }> =>
  listQuarterPlans(ws.store);

/** Deletes a quarterly plan; deleting one that is not there is the user's to know about. */
export function removeQuarterPlan(ws: Workspace, employee: string, quarter: string): void {
  if (!deleteStored(ws.store, employee, quarter)) throw noQuarterPlan(employee, quarter);
}

/** Writes the stored plan to JSON or XLSX. */
export async function exportQuarterPlan(
  ws: Workspace,
  employee: string,
  quarter: string,
  file: string,
): Promise<void> {
  const p = quarterPlanFile(ws, employee, quarter);
  if (isXlsx(file)) await writeQuarterPlanXlsx(p, file);
  else writeFileSync(file, `${JSON.stringify(p, null, 2)}\n`);
}

/** The changes `fulcrum kpi quarter plan set` makes. */
export interface QuarterPlanChange {
  /** A manual fact with its source; value null removes it, so the warehouse's fact is used again. */
  fact?: { kpi: string; value: number | null; source: string };
  /** A calendar task's completion (0..1); null: not assessed yet. */
  task?: { id: string; completion: number | null };
  /** A KPI's plan value. */
  kpiPlan?: { kpi: string; plan: number };
  /** The bonus base, roubles. */
  bonus?: number;
}

function unknownKpi(p: QuarterPlanFile, kpi: string): UserError {
  const ids = p.kpis.map((k) => k.kpi).join(', ');
  return new UserError(
    {
      en: `no KPI "${kpi}" in the quarterly plan: ${ids}`,
      ru: `в квартальном плане нет KPI «${kpi}»: ${ids}`,
    },
    'kpi',
  );
}

/** Changes a stored quarterly plan (facts, task completion, a KPI's plan, the bonus) and stores it again. */
export function setQuarterPlanValue(
  ws: Workspace,
  employee: string,
  quarter: string,
  change: QuarterPlanChange,
): StoredQuarterPlan {
  const p = quarterPlanFile(ws, employee, quarter);
  if (change.fact) {
    const f = change.fact;
    const k = p.kpis.find((x) => x.kpi === f.kpi);
    if (!k) throw unknownKpi(p, f.kpi);
    if (f.value === null) {
      delete k.fact;
      delete k.source;
    } else {
      k.fact = f.value;
      k.source = f.source;
    }
  }
  if (change.kpiPlan) {
    const k = p.kpis.find((x) => x.kpi === change.kpiPlan!.kpi);
    if (!k) throw unknownKpi(p, change.kpiPlan.kpi);
    k.plan = change.kpiPlan.plan;
  }
  if (change.task) {
    const t = p.tasks.find((x) => x.id === change.task!.id);
    if (!t)
      throw new UserError(
        {
          en: `no calendar task "${change.task.id}" in the plan: ${p.tasks.map((x) => x.id).join(', ')}`,
          ru: `в плане нет календарной задачи «${change.task.id}»: ${p.tasks.map((x) => x.id).join(', ')}`,
        },
        'task',
      );
    t.completion = change.task.completion;
  }
  if (change.bonus !== undefined) p.bonus = change.bonus;
  storeQuarterPlan(ws, parseQuarterPlan(p, `quarterly plan ${employee} ${quarter}`));
  return quarterPlanFile(ws, employee, quarter);
}
