import type { Command } from 'commander';
import {
  exportQuarterPlan,
  importQuarterPlans,
  quarterPlansList,
  quarterSheetFor,
  quarterSheetFromFile,
  removeQuarterPlan,
  setQuarterPlanValue,
  UserError,
  writeSheetXlsx,
  type QuarterPlanChange,
} from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderKpiSheet } from '../../render/kpi-sheet.ts';
import { renderTable } from '../../render/table.ts';

interface SheetOptions extends GlobalOptions {
  employee?: string;
  quarter?: string;
  plan?: string;
  explain?: boolean;
  export?: string;
}

interface PlanKey extends GlobalOptions {
  employee: string;
  quarter: string;
}

interface SetOptions extends PlanKey {
  fact?: string;
  source: string;
  task?: string;
  kpiPlan?: string;
  bonus?: string;
}

/** A number as typed: decimal comma or point. */
function number(text: string, flag: string): number {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n))
    throw new UserError(
      { en: `${flag} "${text}": expected a number`, ru: `${flag} «${text}»: нужно число` },
      flag,
    );
  return n;
}

/** "id=value" → its parts; value "" or "null" is null (clears a fact, un-assesses a task). */
function pair(text: string, flag: string): [string, number | null] {
  const m = /^([^=]+)=(.*)$/.exec(text);
  if (!m)
    throw new UserError(
      { en: `${flag} "${text}": expected id=number`, ru: `${flag} «${text}»: нужно id=число` },
      flag,
    );
  const v = m[2]!.trim();
  return [m[1]!.trim(), v === '' || v === 'null' ? null : number(v, flag)];
}

/** The quarterly sheet: `--employee --quarter` from the store, or `--plan FILE` imported first. */
async function sheetAction(opts: SheetOptions): Promise<void> {
  const ctx = cliContext(opts);
  if (!opts.plan && !(opts.employee && opts.quarter))
    throw new UserError({
      en: 'give --employee ID --quarter YYYY-Qn (a stored plan), or --plan FILE (imported, then computed)',
      ru: 'укажите --employee ID --quarter ГГГГ-Qn (план из базы) или --plan ФАЙЛ (загрузится и посчитается)',
    });
  const sheet = await withWorkspace(opts.db, (ws) =>
    opts.plan ? quarterSheetFromFile(ws, opts.plan) : quarterSheetFor(ws, opts.employee!, opts.quarter!),
  );
  if (opts.export) await writeSheetXlsx(sheet, opts.export, ctx.lang);
  if (ctx.json) return printJson(sheet);
  ctx.out(renderKpiSheet(sheet, ctx.lang, ctx.t, Boolean(opts.explain)));
  if (opts.export) ctx.out(ctx.t('kpi.exported', { file: opts.export }));
}

/**
 * `fulcrum kpi quarter`: the quarterly sheet (ROMI, MRE, calendar tasks) of a stored plan, and
 * `fulcrum kpi quarter plan import|export|set|list|delete` for the plans in the app store.
 */
export function registerKpiQuarter(kpi: Command): void {
  const quarter = withCommon(
    kpi.command('quarter').description('the quarterly sheet: ROMI and MRE from the data, calendar tasks'),
  )
    .option('--employee <id>', 'employee id')
    .option('--quarter <YYYY-Qn>', 'quarter of the plan, e.g. 2024-Q1')
    .option('--plan <file>', 'import this plan (JSON or XLSX) first, then compute its sheet')
    .option('--explain', 'each line as a sentence, and where each fact comes from')
    .option('--export <file.xlsx>', 'write the sheet as a workbook with live formulas')
    .action(sheetAction);

  const plan = quarter.command('plan').description('quarterly plans of employees (the app store)');
  withCommon(plan.command('import').description('load quarterly plans from JSON or XLSX'))
    .argument('<file>', 'plan.json (one plan or a list) or plan.xlsx')
    .action(async (file: string, opts: GlobalOptions) => {
      const ctx = cliContext(opts);
      const plans = await withWorkspace(opts.db, (ws) => importQuarterPlans(ws, file));
      if (ctx.json) return printJson(plans);
      ctx.out(ctx.t('quarter.imported', { count: plans.length, file }));
    });
  withCommon(plan.command('export').description('write a stored quarterly plan to JSON or XLSX'))
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--quarter <YYYY-Qn>', 'quarter')
    .argument('<file>', 'plan.json or plan.xlsx')
    .action(async (file: string, opts: PlanKey) => {
      const ctx = cliContext(opts);
      await withWorkspace(opts.db, (ws) => exportQuarterPlan(ws, opts.employee, opts.quarter, file));
      if (ctx.json) return printJson({ file });
      ctx.out(ctx.t('kpi.exported', { file }));
    });
  withCommon(
    plan.command('set').description('enter a manual fact, a task completion, a KPI plan or the bonus'),
  )
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--quarter <YYYY-Qn>', 'quarter')
    .option('--fact <kpi=value>', 'a fact typed in, e.g. romi=2,4; "romi=" goes back to the warehouse')
    .option('--source <text>', 'where the manual fact comes from', 'entered in the CLI')
    .option('--task <id=completion>', 'calendar task completion 0..1, e.g. crm=0,9')
    .option('--kpi-plan <kpi=value>', 'a KPI’s plan, e.g. mre=0,12')
    .option('--bonus <roubles>', 'the quarterly bonus base')
    .action(async (opts: SetOptions) => {
      const ctx = cliContext(opts);
      if (!opts.fact && !opts.task && !opts.kpiPlan && opts.bonus === undefined)
        throw new UserError({
          en: 'give --fact, --task, --kpi-plan or --bonus',
          ru: 'укажите --fact, --task, --kpi-plan или --bonus',
        });
      const change: QuarterPlanChange = {};
      if (opts.fact) {
        const [kpi, value] = pair(opts.fact, '--fact');
        change.fact = { kpi, value, source: opts.source };
      }
      if (opts.task) {
        const [id, completion] = pair(opts.task, '--task');
        change.task = { id, completion };
      }
      if (opts.kpiPlan) {
        const [kpi, value] = pair(opts.kpiPlan, '--kpi-plan');
        if (value === null)
          throw new UserError(
            { en: '--kpi-plan needs a number', ru: '--kpi-plan: нужно число' },
            '--kpi-plan',
          );
        change.kpiPlan = { kpi, plan: value };
      }
      if (opts.bonus !== undefined) change.bonus = number(opts.bonus, '--bonus');
      const stored = await withWorkspace(opts.db, async (ws) =>
        setQuarterPlanValue(ws, opts.employee, opts.quarter, change),
      );
      if (ctx.json) return printJson(stored);
      ctx.out(ctx.t('kpi.saved'));
    });
  withCommon(plan.command('list').description('the stored quarterly plans'))
    .option('--employee <id>', 'only this employee')
    .action(async (opts: GlobalOptions & { employee?: string }) => {
      const ctx = cliContext(opts);
      const all = await withWorkspace(opts.db, async (ws) => quarterPlansList(ws));
      const rows = opts.employee ? all.filter((p) => p.employee === opts.employee) : all;
      if (ctx.json) return printJson(rows);
      if (rows.length === 0) return ctx.out(ctx.t('quarter.none'));
      ctx.out(
        renderTable(
          [{ header: ctx.t('quarter.employee') }, { header: ctx.t('quarter.quarter') }],
          rows.map((p) => [p.employee, p.period]),
        ),
      );
    });
  withCommon(plan.command('delete').description('delete a stored quarterly plan'))
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--quarter <YYYY-Qn>', 'quarter')
    .action(async (opts: PlanKey) => {
      const ctx = cliContext(opts);
      await withWorkspace(opts.db, async (ws) => removeQuarterPlan(ws, opts.employee, opts.quarter));
      if (ctx.json) return printJson({ employee: opts.employee, quarter: opts.quarter, deleted: true });
      ctx.out(ctx.t('quarter.deleted', { employee: opts.employee, quarter: opts.quarter }));
    });
}
