import {
  analystSheet,
  checkRegister,
  defaultAnalystPlan,
  type AnalystPlan,
  type AnalystSheet,
  type RegisterEntry,
  type ReportNorm,
} from '../../core/kpi/index.ts';
import { buildCalendar, isoDateOf } from '../../core/calendar/index.ts';
import {
  kpiEmployee,
  loadAnalystPlan,
  registerEntries,
  reportNorms,
  saveAnalystPlan,
  saveKpiEmployee,
  saveRegisterEntries,
  saveReportNorms,
} from '../../store/index.ts';
import { readRegisterFile } from './analyst-import.ts';
import {
  AnalystPlanFileSchema,
  RegisterEntryFileSchema,
  RemarkBodySchema,
  ReportNormFileSchema,
} from '../../contract/kpi/analyst.ts';
import type { AnalystPlanInput, EntryInput } from './analyst-schema.ts';
import { shellArg } from '../inputs/shell-arg.ts';
import { issuesText, phrase, textOf } from '../../i18n/index.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { workCalendarFor } from './work-calendar.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** A core rule's complaint becomes the user's error, naming the input to fix. */
function asUserError<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserError) throw e;
    // textOf keeps both languages of a core error that has them (a DateError's reason).
    throw new UserError(textOf(e), field, { cause: e });
  }
}

const toEntry = (e: EntryInput): RegisterEntry => ({
  id: e.id,
  kind: e.kind,
  type: e.type,
  title: e.title,
  ...(e.due ? { due: e.due } : {}),
  ...(e.agreed ? { agreed: e.agreed } : {}),
  ...(e.requested ? { requested: e.requested } : {}),
  delivered: e.delivered,
  remarks: e.remarks,
});

function ensureEmployee(ws: Workspace, id: string, name?: string): void {
  const known = kpiEmployee(ws.store, id);
  if (known && !name) return;
  saveKpiEmployee(ws.store, {
    id,
    name: name ?? known?.name ?? id,
    position: known?.position ?? 'analyst',
    channels: known?.channels ?? [],
  });
}

/** Merges entries into an analyst's stored register after checking the result as a whole. */
function storeEntries(ws: Workspace, employee: string, entries: readonly RegisterEntry[]): void {
  const byId = new Map(registerEntries(ws.store, employee).map((e) => [e.id, e]));
  for (const e of entries) byId.set(e.id, e);
  asUserError('entries', () => checkRegister([...byId.values()]));
  saveRegisterEntries(ws.store, employee, entries);
}

/** Checks a plan by the sheet's own rules (weights sum to 1, known KPIs) before it is stored. */
function toPlan(input: AnalystPlanInput): AnalystPlan {
  const d = defaultAnalystPlan(input.employee, input.period, input.bonus);
  const plan: AnalystPlan = {
    ...d,
    kpis: input.kpis ?? d.kpis,
    corridor: input.corridor ?? d.corridor,
    acceptanceDays: input.acceptanceDays ?? d.acceptanceDays,
  };
  asUserError('plan', () =>
    analystSheet(plan, [], { calendar: buildCalendar({}), norms: [], asOf: `${plan.period}-01` }),
  );
  return plan;
}

/** What an import stored. */
export interface RegisterImport {
  entries: number;
  norms: number;
  plans: number;
  employees: string[];
}

/**
 * Imports a register file (JSON, CSV or XLSX): entries for their employees (or `employee` for rows
 * naming none), time norms and plans. Everything is checked before anything is written.
 */
export async function importRegister(
  ws: Workspace,
  file: string,
  opts: { employee?: string } = {},
): Promise<RegisterImport> {
  const f = await readRegisterFile(file);
  const byEmployee = new Map<string, RegisterEntry[]>();
  for (const e of f.entries) {
    const who = e.employee ?? f.employee ?? opts.employee;
    if (!who) throw new UserError(phrase('kpi.entryNoEmployee', { file, id: e.id }), 'employee');
    byEmployee.set(who, [...(byEmployee.get(who) ?? []), toEntry(e)]);
  }
  const plans = f.plans.map(toPlan);
  for (const [who, entries] of byEmployee) {
    const byId = new Map(registerEntries(ws.store, who).map((e) => [e.id, e]));
    for (const e of entries) byId.set(e.id, e);
    asUserError('entries', () => checkRegister([...byId.values()]));
  }
  ws.store.db.transaction(() => {
    saveReportNorms(
      ws.store,
      f.norms.map((n) => ({ type: n.type, name: n.name ?? n.type, days: n.days })),
    );
    for (const [who, entries] of byEmployee) {
      ensureEmployee(ws, who, who === f.employee ? f.name : undefined);
      saveRegisterEntries(ws.store, who, entries);
    }
    for (const p of plans) {
      ensureEmployee(ws, p.employee, f.plans.find((x) => x.employee === p.employee)?.name);
      saveAnalystPlan(ws.store, p);
    }
  })();
  return {
    entries: f.entries.length,
    norms: f.norms.length,
    plans: plans.length,
    employees: [...new Set([...byEmployee.keys(), ...plans.map((p) => p.employee)])],
  };
}

/** Validates and stores an analyst's plan for a month. */
export function setAnalystPlan(ws: Workspace, raw: unknown): AnalystPlan {
  const r = AnalystPlanFileSchema.safeParse(raw);
  if (!r.success) throw new UserError(issuesText(r.error, raw), 'plan');
  const plan = toPlan(r.data);
  ensureEmployee(ws, plan.employee, r.data.name);
  saveAnalystPlan(ws.store, plan);
  return plan;
}

/** The stored plan, or an error saying how to set one. */
export function analystPlanOf(ws: Workspace, employee: string, period: string): AnalystPlan {
  const plan = loadAnalystPlan(ws.store, employee, period);
  if (!plan)
    throw new UserError(
      {
        en: `no analyst plan for ${employee} in ${period}: set one with \`fulcrum kpi analyst plan --employee ${shellArg(employee)} --period ${period} --bonus ROUBLES\``,
        ru: `нет плана аналитика ${employee} на ${period}: задайте его командой \`fulcrum kpi analyst plan --employee ${shellArg(employee)} --period ${period} --bonus РУБЛИ\``,
      },
      'employee',
    );
  return plan;
}

/** Adds or replaces one register entry (its remarks included). */
export function putRegisterEntry(ws: Workspace, employee: string, raw: unknown): RegisterEntry {
  const r = RegisterEntryFileSchema.safeParse(raw);
  if (!r.success) throw new UserError(issuesText(r.error, raw), 'entry');
  const entry = toEntry(r.data);
  ensureEmployee(ws, employee);
  storeEntries(ws, employee, [entry]);
  return entry;
}

/** Adds a dated remark to a delivered entry. */
export function addRemark(ws: Workspace, employee: string, id: string, raw: unknown): RegisterEntry {
  const r = RemarkBodySchema.safeParse(raw);
  if (!r.success) throw new UserError(issuesText(r.error, raw), 'remark');
  const entry = registerEntries(ws.store, employee).find((e) => e.id === id);
  if (!entry) throw new UserError(phrase('kpi.noEntry', { id, employee }), 'id');
  const next = { ...entry, remarks: [...entry.remarks, r.data] };
  storeEntries(ws, employee, [next]);
  return next;
}

/** Adds or updates a report type's time norm. */
export function setReportNorm(ws: Workspace, raw: unknown): ReportNorm {
  const r = ReportNormFileSchema.safeParse(raw);
  if (!r.success) throw new UserError(issuesText(r.error, raw), 'norm');
  const norm = { type: r.data.type, name: r.data.name ?? r.data.type, days: r.data.days };
  saveReportNorms(ws.store, [norm]);
  return norm;
}

/** Every time norm. */
export const listReportNorms = (ws: Workspace): ReportNorm[] => reportNorms(ws.store);

/** An analyst's register as stored. */
export const analystRegister = (ws: Workspace, employee: string): RegisterEntry[] =>
  registerEntries(ws.store, employee);

/**
 * The analyst's monthly sheet as of a date (default: today by the workspace's clock): the stored
 * plan, register and norms, judged on the production calendar with the company's own days.
 */
export function analystSheetFor(
  ws: Workspace,
  employee: string,
  period: string,
  asOf?: string,
): AnalystSheet {
  const plan = analystPlanOf(ws, employee, period);
  const date = asOf ?? isoDateOf(ws.clock());
  if (asOf !== undefined) parseDateOption(asOf, 'asof');
  const sheet = asUserError('register', () =>
    analystSheet(plan, registerEntries(ws.store, employee), {
      calendar: workCalendarFor(ws),
      norms: reportNorms(ws.store),
      asOf: date,
    }),
  );
  // Named for the reader (an export titled with an id says nothing to an accountant).
  const name = kpiEmployee(ws.store, employee)?.name;
  return name && name !== employee ? { ...sheet, employeeName: name } : sheet;
}
