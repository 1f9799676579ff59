import type { Command } from 'commander';
import { cohortsFor, exportCohorts } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderCohorts } from '../../render/cohorts.ts';
import { parseWhole } from '../formula/analysis-options.ts';

interface CohortsOptions extends GlobalOptions {
  asof?: string;
  period?: string;
  by: string;
  months?: string;
  export?: string;
}

/** `fulcrum cohorts`: acquisition cohorts, their retention and LTV curves. */
export function registerCohorts(program: Command): void {
  const cmd = program
    .command('cohorts')
    .description(
      'acquisition cohorts: retention and cumulative revenue per customer by month since acquisition',
    );
  withCommon(cmd)
    .option(
      '--by <month|column>',
      'group by the month of the first order, or its channel (or another orders column)',
      'month',
    )
    .option(
      '--period <months>',
      'keep cohorts acquired in these months, e.g. 2024-01..2024-12 (default: all)',
    )
    .option('--asof <date>', 'last day observed (default: the last order date)')
    .option('--months <n>', 'months since acquisition shown, the first included', '12')
    .option('--export <file>', 'write one line per cohort and month to FILE.xlsx or FILE.csv')
    .action(async (opts: CohortsOptions) => {
      const ctx = cliContext(opts);
      const res = await withWorkspace(opts.db, (ws) =>
        cohortsFor(ws, {
          asOf: opts.asof,
          period: opts.period,
          by: opts.by,
          months: parseWhole(opts.months, '--months'),
        }),
      );
      const files = opts.export ? await exportCohorts(opts.export, res, ctx.lang) : [];
      if (ctx.json) return printJson(res);
      ctx.out(renderCohorts(res, ctx));
      if (files.length) ctx.out(`\n${ctx.t('cohorts.exported', { files: files.join(', ') })}`);
    });
}
