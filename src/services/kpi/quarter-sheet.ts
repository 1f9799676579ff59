import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { manualSource, quarterMonths, quarterSheet, type Fact, type Sheet } from '../../core/kpi/index.ts';
import { prefixed, textOf } from '../../i18n/index.ts';
import { kpiEmployee, loadQuarterPlan, monthlyTasks, type QuarterPlanRecord } from '../../store/index.ts';
import { quarterFacts, quarterPeriod } from './quarter-facts.ts';
import { withSheetContext } from './sheet-context.ts';
import { noQuarterPlan, parseQuarterPlan, storeQuarterPlan } from './quarter-plans.ts';
import { toQuarterPlan, toQuarterRecord } from './quarter-schema.ts';
import { readQuarterPlanXlsx } from './quarter-xlsx.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/**
 * The sheet of a plan record: manual facts (each with its source and the day it was entered)
 * win; every other KPI's fact comes from the warehouse for the scope and the quarter; a calendar
 * task that is also a monthly task of the quarter in the stored monthly plans is refused.
 */
async function sheetOf(ws: Workspace, r: QuarterPlanRecord, channels: readonly string[]): Promise<Sheet> {
  const manual: Record<string, Fact> = {};
  for (const k of r.kpis)
    if (k.fact)
      manual[k.kpi] = {
        value: k.fact.value,
        source: manualSource(k.fact.source, k.fact.enteredAt || undefined),
      };
  const needed = r.kpis.filter((k) => !k.fact).map((k) => k.kpi);
  const computed = needed.length > 0 ? await quarterFacts(ws, r.period, channels, needed, r.romi) : {};
  let sheet: Sheet;
  try {
    const monthly = monthlyTasks(ws.store, r.employee, quarterMonths(r.period));
    sheet = quarterSheet(toQuarterPlan(r), { ...computed, ...manual }, monthly);
  } catch (e) {
    throw new UserError(textOf(e), 'plan', { cause: e });
  }
  return withSheetContext(ws, sheet, quarterPeriod(r.period).period);
}

/**
 * The quarterly sheet of a stored plan: ROMI and MRE from the warehouse for the employee's scope
 * and the quarter unless a manual fact is given, calendar tasks as entered.
 */
export async function quarterSheetFor(ws: Workspace, employee: string, quarter: string): Promise<Sheet> {
  const r = loadQuarterPlan(ws.store, employee, quarter);
  if (!r) throw noQuarterPlan(employee, quarter);
  return sheetOf(ws, r, kpiEmployee(ws.store, employee)?.channels ?? []);
}

/**
 * `fulcrum kpi quarter --plan FILE`: imports the plan (JSON or XLSX; its facts become manual facts
 * naming the file) and computes its sheet from the store, so the plan is there for next time.
 */
export async function quarterSheetFromFile(ws: Workspace, file: string): Promise<Sheet> {
  let raw: unknown;
  try {
    raw =
      extname(file).toLowerCase() === '.xlsx'
        ? await readQuarterPlanXlsx(file)
        : JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(prefixed(file, textOf(e)), 'plan', { cause: e });
  }
  const p = parseQuarterPlan(raw, file);
  storeQuarterPlan(ws, p, `quarter plan file ${file}`);
  return quarterSheetFor(ws, p.employee, p.period);
}

/**
 * The quarterly sheet from a plan given as data (POST /api/kpi/quarter), stored nowhere: its facts
 * are manual, the others come from the warehouse for its channels (or the stored employee's).
 */
export async function quarterSheetFromPlan(ws: Workspace, raw: unknown, where = 'plan'): Promise<Sheet> {
  const p = parseQuarterPlan(raw, where);
  const channels = p.channels.length > 0 ? p.channels : (kpiEmployee(ws.store, p.employee)?.channels ?? []);
  return sheetOf(ws, toQuarterRecord(p, where), channels);
}
