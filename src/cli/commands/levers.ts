import type { Command } from 'commander';
import { parseFilters, parseStep } from '../../services/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withAnalysis, withCommon } from '../common.ts';
import { resolvePeriods } from '../../services/periods.ts';
import { leversFor, resolveModel } from '../../services/index.ts';
import { renderLevers } from '../render/levers.ts';
import { renderCoverage } from '../render/coverage.ts';
import { heading } from '../render/heading.ts';
import { formatPct } from '../../i18n/index.ts';

interface LeversOptions extends GlobalOptions {
  model: string;
  period?: string;
  filter: string[];
  step: string;
}

/** `fulcrum levers`: raise each lever by a step, one at a time and all together. */
export function registerLevers(program: Command): void {
  const cmd = program.command('levers').description('the +20% lever table: revenue and profit per lever');
  withAnalysis(withCommon(cmd), 'profit')
    .option('--step <percent>', 'how much to raise each lever', '20')
    .action(async (opts: LeversOptions) => {
      const ctx = cliContext(opts);
      const tree = resolveModel(opts.model);
      await withWorkspace(opts.db, async (ws) => {
        const { current } = await resolvePeriods(ws, opts);
        const res = await leversFor(ws, {
          tree,
          period: current,
          filters: parseFilters(opts.filter),
          step: parseStep(opts.step),
        });
        if (ctx.json) return printJson(res);
        ctx.out(
          heading(
            `${ctx.t('report.levers', { step: formatPct(res.step * 100, ctx.lang, false, 0) })} · ${current.label}`,
          ),
        );
        ctx.out(renderLevers(tree, res, ctx.lang, ctx.t));
        for (const line of renderCoverage(tree, res.coverage, ctx.lang, ctx.t)) ctx.out(line);
      });
    });
}
