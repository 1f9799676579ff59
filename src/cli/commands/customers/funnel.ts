import type { Command } from 'commander';
import { exportFunnel, funnelFor } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderFunnel } from '../../render/funnel.ts';
import { parseWhole } from '../formula/analysis-options.ts';

interface FunnelOptions extends GlobalOptions {
  dim: string;
  steps?: string;
  period?: string;
  asof?: string;
  export?: string;
  top?: string;
}

/** `fulcrum funnel`: which category (or product) customers buy first, second, third. */
export function registerFunnel(program: Command): void {
  const cmd = program
    .command('funnel')
    .description('product funnel: what customers buy first, second, third; transition shares and checks');
  withCommon(cmd)
    .option('--dim <column>', 'the orders column naming what was bought: category, product…', 'category')
    .option('--steps <n>', 'purchases followed per customer', '3')
    .option('--period <months>', 'follow customers whose first order is in these months (default: all)')
    .option('--asof <date>', 'last day observed (default: the last order date)')
    .option(
      '--top <n>',
      'keep the n values with most customers per purchase, the rest as "Other" (default: all)',
    )
    .option('--export <file>', 'write the steps and transitions to FILE.xlsx or FILE.csv')
    .action(async (opts: FunnelOptions) => {
      const ctx = cliContext(opts);
      const res = await withWorkspace(opts.db, (ws) =>
        funnelFor(
          ws,
          {
            dim: opts.dim,
            steps: parseWhole(opts.steps, '--steps'),
            period: opts.period,
            asOf: opts.asof,
            top: parseWhole(opts.top, '--top'),
          },
          ctx.lang,
        ),
      );
      const files = opts.export ? await exportFunnel(opts.export, res, ctx.lang) : [];
      if (ctx.json) return printJson(res);
      ctx.out(renderFunnel(res, ctx));
      if (files.length) ctx.out(`\n${ctx.t('funnel.exported', { files: files.join(', ') })}`);
    });
}
