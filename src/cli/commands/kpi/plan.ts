import type { Command } from 'commander';
import { copyPlan, exportPlan, importPlans, setPlanValue, UserError } from '../../../services/index.ts';
import { phrase } from '../../../i18n/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { registerPlanCopy } from './plan-copy.ts';

interface SetOptions extends GlobalOptions {
  employee: string;
  period: string;
  fact?: string;
  source?: string;
  task?: string;
}

/** "kpi=value" or "id=value" → its parts; value "" or "null" clears a fact. */
function pair(text: string, flag: string): [string, number | null] {
  const m = /^([^=]+)=(.*)$/.exec(text);
  const v = m?.[2]?.trim().replace(',', '.');
  const n = v === '' || v === 'null' ? null : Number(v);
  if (!m || (n !== null && !Number.isFinite(n)))
    throw new UserError(phrase('cli.idNumber', { option: flag, text }), flag);
  return [m[1]!.trim(), n];
}

/** `fulcrum kpi plan import|export|set|copy`: plans in the app store. */
export function registerKpiPlan(kpi: Command): void {
  const plan = kpi.command('plan').description('monthly plans of employees (the app store)');
  withCommon(plan.command('import').description('load plans from JSON or XLSX'))
    .argument('<file>', 'plan.json (one plan or a list) or plan.xlsx')
    .action(async (file: string, opts: GlobalOptions) => {
      const ctx = cliContext(opts);
      const plans = await withWorkspace(opts.db, (ws) => importPlans(ws, file));
      if (ctx.json) return printJson(plans);
      ctx.out(ctx.t('kpi.imported', { count: plans.length, file }));
    });
  withCommon(plan.command('export').description('write a stored plan to JSON or XLSX'))
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--period <YYYY-MM>', 'month')
    .argument('<file>', 'plan.json or plan.xlsx')
    .action(async (file: string, opts: GlobalOptions & { employee: string; period: string }) => {
      const ctx = cliContext(opts);
      await withWorkspace(opts.db, (ws) => exportPlan(ws, opts.employee, opts.period, file));
      ctx.out(ctx.t('kpi.exported', { file }));
    });
  withCommon(plan.command('set').description('enter a manual fact or a task completion'))
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--period <YYYY-MM>', 'month')
    .option('--fact <kpi=value>', 'a fact typed in, e.g. accepted_share=0.6')
    .option('--source <text>', 'where the manual fact comes from', 'entered in the CLI')
    .option('--task <id=completion>', 'task completion 0..1, e.g. mailing=0.8')
    .action(async (opts: SetOptions) => {
      const ctx = cliContext(opts);
      if (!opts.fact && !opts.task) throw new UserError(phrase('cli.factOrTask'));
      const fact = opts.fact ? pair(opts.fact, '--fact') : undefined;
      const task = opts.task ? pair(opts.task, '--task') : undefined;
      await withWorkspace(opts.db, async (ws) =>
        setPlanValue(ws, opts.employee, opts.period, {
          ...(fact ? { fact: { kpi: fact[0], value: fact[1], source: opts.source ?? 'CLI' } } : {}),
          ...(task ? { task: { id: task[0], completion: task[1] ?? 0 } } : {}),
        }),
      );
      if (ctx.json) return printJson({ ok: true });
      ctx.out(ctx.t('kpi.saved'));
    });
  registerPlanCopy(plan, {
    description: "carry an employee's plan to another month",
    employee: 'employee id',
    copy: copyPlan,
    copied: 'kpi.copied',
  });
}
