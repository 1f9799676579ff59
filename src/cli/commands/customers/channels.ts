import type { Command } from 'commander';
import { channelsFor, exportChannels } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderChannels } from '../../render/channels.ts';
import { parseAmount, parseWhole } from '../formula/analysis-options.ts';

interface ChannelsOptions extends GlobalOptions {
  period?: string;
  asof?: string;
  horizon?: string;
  otherCosts?: string;
  export?: string;
}

/** `fulcrum channels`: unit economics per channel from spend, leads and orders. */
export function registerChannels(program: Command): void {
  const cmd = program
    .command('channels')
    .description('unit economics per channel: CAC, CARC, LTV, ROMI, MRE, payback, CTR, CPC, CR, CPA');
  withCommon(cmd)
    .option('--period <months>', 'e.g. 2024-01..2024-12 (default: the last 12 complete months)')
    .option('--asof <date>', 'last day the LTV curves read (default: the last order date)')
    .option('--horizon <months>', 'months since acquisition the LTV counts, the first included', '12')
    .option('--other-costs <amount>', 'marketing costs of the period outside the spend table, for CARC')
    .option('--export <file>', 'write one line per channel and the total to FILE.xlsx or FILE.csv')
    .action(async (opts: ChannelsOptions) => {
      const ctx = cliContext(opts);
      const res = await withWorkspace(opts.db, (ws) =>
        channelsFor(ws, {
          period: opts.period,
          asOf: opts.asof,
          horizon: parseWhole(opts.horizon, '--horizon'),
          otherCosts: parseAmount(opts.otherCosts, '--other-costs'),
        }),
      );
      const files = opts.export ? await exportChannels(opts.export, res, ctx.lang) : [];
      if (ctx.json) return printJson(res);
      ctx.out(renderChannels(res, ctx));
      if (files.length) ctx.out(`\n${ctx.t('channels.exported', { files: files.join(', ') })}`);
    });
}
