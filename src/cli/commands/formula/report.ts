import type { Command } from 'commander';
import { parseFilters, parseStep } from '../../../services/inputs/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { list, withAnalysis, withAttribution, withCommon } from '../../common.ts';
import { resolvePeriods } from '../../../services/inputs/periods.ts';
import { buildReport } from '../../../services/index.ts';
import { modelOption } from '../../model-choice.ts';
import { renderReport } from '../../render/report.ts';
import { INTL_LOCALE } from '../../../i18n/index.ts';

interface ReportOptions extends GlobalOptions {
  model: string;
  period?: string;
  compare?: string;
  filter: string[];
  method: string;
  order?: string;
  step: string;
  by?: string;
  explain?: boolean;
}

/** `fulcrum report`: formula against the previous period, its split, the lever table, the key constraint. */
export function registerReport(program: Command): void {
  const cmd = program.command('report').description('the profit-formula report in the terminal');
  withAttribution(withAnalysis(withCommon(cmd), 'profit'))
    .option('--compare <months>', 'the period to compare with (default: the 12 months before)')
    .option('--step <percent>', 'lever table step', '20')
    .option('--by <dim>', 'dimension for the key constraint (default: store, else channel, manager, region)')
    .option('--explain', 'say how each contribution was obtained')
    .action(async (opts: ReportOptions) => {
      const ctx = cliContext(opts);
      const tree = await modelOption(opts.model);
      // --sample has pointed --db at the sample company and built it (cli/warehouse-choice.ts).
      const report = await withWorkspace(opts.db, async (ws) => {
        ctx.progress.start(ctx.t('progress.query'), 3);
        const periods = await resolvePeriods(ws, opts);
        const r = await buildReport(ws, {
          tree,
          before: periods.previous,
          after: periods.current,
          filters: parseFilters(opts.filter),
          method: opts.method,
          order: list(opts.order),
          step: parseStep(opts.step),
          by: opts.by,
          explainLocale: opts.explain ? INTL_LOCALE[ctx.lang] : undefined,
        });
        ctx.progress.update(3);
        ctx.progress.stop();
        return r;
      });
      if (ctx.json) return printJson(report);
      ctx.out(renderReport(tree, report, ctx.lang, ctx.t));
    });
}
