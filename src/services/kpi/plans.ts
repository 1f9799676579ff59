import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { assertNoDoublePay, marketerSheet, type Sheet } from '../../core/kpi/index.ts';
import { issuesText, phrase, prefixed, textOf } from '../../i18n/index.ts';
import { parsePeriod } from '../../core/period/index.ts';
import {
  kpiEmployee,
  loadMarketerPlan,
  loadQuarterPlan,
  manualFacts,
  planId,
  saveMarketerPlan,
  setManualFact,
} from '../../store/index.ts';
import { marketerFacts } from './marketer-facts.ts';
import { withSheetContext } from './sheet-context.ts';
import { PlanFileSchema } from '../../contract/kpi/plan.ts';
import { toMarketerPlan, type PlanFile, type StoredPlan } from './plan-schema.ts';
import { readPlanXlsx, writePlanXlsx } from './plan-xlsx.ts';
import { toQuarterPlan } from './quarter-schema.ts';
import { UserError } from '../inputs/user-error.ts';
import { saveEmployeeOfPlan } from './people.ts';
import type { Workspace } from '../warehouse/workspace.ts';

const isXlsx = (file: string): boolean => extname(file).toLowerCase() === '.xlsx';

/** Validates a plan object; zod's complaints become one line naming the fields. */
export function parsePlan(raw: unknown, where: string): PlanFile {
  const r = PlanFileSchema.safeParse(raw);
  if (!r.success) throw new UserError(prefixed(where, issuesText(r.error, raw)), 'plan');
  checkPlan(r.data);
  return r.data;
}

/** Weights are checked on import, not only when a sheet is computed: a bad plan is refused at the door. */
function checkPlan(f: PlanFile): void {
  try {
    marketerSheet(toMarketerPlan(f), {
      leads: { value: null },
      newClientShare: { value: null },
      acceptedShare: { value: null },
    });
  } catch (e) {
    throw new UserError(
      prefixed(phrase('kpi.plan', { employee: f.employee, period: f.period }), textOf(e)),
      'plan',
    );
  }
}

/** Stores a plan (and its employee) from a JSON file (one plan or a list) or a plan workbook. */
export async function importPlans(ws: Workspace, file: string): Promise<PlanFile[]> {
  const raw: unknown = isXlsx(file) ? await readPlanXlsx(file) : JSON.parse(readFileSync(file, 'utf8'));
  const plans = (Array.isArray(raw) ? raw : [raw]).map((p) => parsePlan(p, file));
  for (const p of plans) storePlan(ws, p);
  return plans;
}

/** Saves one validated plan with its employee, refusing a task the quarter already pays. */
export function storePlan(ws: Workspace, p: PlanFile): void {
  refuseQuarterlyTasks(ws, p);
  saveEmployeeOfPlan(ws, p);
  saveMarketerPlan(ws.store, toMarketerPlan(p));
}

/** The stored plan as a plan file. */
export function planFile(ws: Workspace, employee: string, period: string): StoredPlan {
  const plan = loadMarketerPlan(ws.store, employee, period);
  const e = kpiEmployee(ws.store, employee);
  if (!plan || !e) throw noPlan(employee, period);
  const { employee: _e, ...rest } = plan;
  return {
    employee,
    name: e.name,
    ...(e.position ? { position: e.position } : {}),
    channels: e.channels,
    ...rest,
  };
}

/** Writes the stored plan to JSON or XLSX. */
export async function exportPlan(
  ws: Workspace,
  employee: string,
  period: string,
  file: string,
): Promise<void> {
  const p = planFile(ws, employee, period);
  if (isXlsx(file)) await writePlanXlsx(p, file);
  else writeFileSync(file, `${JSON.stringify(p, null, 2)}\n`);
}

/** Enters a manual fact (with its source) or a task's completion for a stored plan. */
export function setPlanValue(
  ws: Workspace,
  employee: string,
  period: string,
  change: {
    fact?: { kpi: string; value: number | null; source: string };
    task?: { id: string; completion: number };
  },
): void {
  const p = planFile(ws, employee, period);
  if (change.task) {
    const t = p.tasks.find((x) => x.id === change.task!.id);
    if (!t)
      throw new UserError(
        phrase('kpi.noTask', { task: change.task.id, tasks: p.tasks.map((x) => x.id).join(', ') }),
        'task',
      );
    t.completion = change.task.completion;
    storePlan(ws, p);
  }
  if (change.fact)
    setManualFact(
      ws.store,
      planId(ws.store, employee, period)!,
      change.fact.kpi,
      change.fact.value,
      change.fact.source,
    );
}

/** The monthly sheet: warehouse facts for the employee's scope, manual facts winning over them. */
export async function kpiSheetFor(ws: Workspace, employee: string, period: string): Promise<Sheet> {
  const plan = loadMarketerPlan(ws.store, employee, period);
  if (!plan) throw noPlan(employee, period);
  const e = kpiEmployee(ws.store, employee)!;
  const facts = await marketerFacts(ws, parsePeriod(period), e.channels);
  const manual = manualFacts(ws.store, planId(ws.store, employee, period)!);
  const sheet = marketerSheet(plan, {
    leads: manual['leads'] ?? facts.leads,
    newClientShare: manual['new_client_share'] ?? facts.newClientShare,
    acceptedShare: manual['accepted_share'] ?? facts.acceptedShare,
  });
  return withSheetContext(ws, sheet, parsePeriod(period));
}

/**
 * No double pay from the monthly side (METHODOLOGY §3): a monthly task that is already a calendar
 * task of the stored quarterly plan for the month's quarter is refused, naming both, as the
 * quarterly plan refuses a calendar task already paid monthly.
 */
function refuseQuarterlyTasks(ws: Workspace, p: PlanFile): void {
  const m = /^(\d{4})-(\d{2})$/.exec(p.period);
  if (!m) return;
  const quarter = `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}`;
  const record = loadQuarterPlan(ws.store, p.employee, quarter);
  if (!record) return;
  try {
    assertNoDoublePay(
      toQuarterPlan(record),
      p.tasks.map((t) => ({ period: p.period, id: t.id, name: t.name })),
    );
  } catch (e) {
    throw new UserError(textOf(e), 'tasks', { cause: e });
  }
}

/** The error for a month without a stored plan, saying how to import one. */
function noPlan(employee: string, period: string): UserError {
  return new UserError(
    {
      en: `no plan for ${employee} in ${period}: import one with \`fulcrum kpi plan import FILE.xlsx\``,
      ru: `нет плана ${employee} на ${period}: загрузите его командой \`fulcrum kpi plan import ФАЙЛ.xlsx\``,
    },
    'employee',
  );
}
