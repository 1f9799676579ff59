import type { Command } from 'commander';
import { parseFilters, parseValues } from '../../services/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withAnalysis, withCommon } from '../common.ts';
import { resolvePeriods } from '../../services/periods.ts';
import { parseTarget, resolveModel, whatIfFor } from '../../services/index.ts';
import { formatMoney, formatNumber, formatPct } from '../../i18n/index.ts';
import { renderFormula } from '../render/formula.ts';
import { renderTable } from '../render/table.ts';
import { heading } from '../render/heading.ts';

interface WhatIfOptions extends GlobalOptions {
  model: string;
  values?: string;
  period?: string;
  filter: string[];
  target?: string;
  lever?: string;
}

/** `fulcrum whatif`: the formula from typed-in lever values (or the data's), and goal seek. */
export function registerWhatIf(program: Command): void {
  const cmd = program
    .command('whatif')
    .description('evaluate the formula from lever values; with --target, the lever change needed');
  withAnalysis(withCommon(cmd), 'lcpudq')
    .option(
      '--values <L=…,C=…>',
      'lever values, e.g. L=100,C=0.4,D=2,Pu=2,Q=2 (default: the data of --period)',
    )
    .option('--target <revenue|profit=N>', 'goal seek: the value to reach')
    .option('--lever <id>', 'goal seek with this lever alone (default: all levers by the same factor)')
    .action(async (opts: WhatIfOptions) => {
      const ctx = cliContext(opts);
      const tree = resolveModel(opts.model);
      const req = {
        tree,
        values: opts.values ? parseValues(opts.values) : undefined,
        filters: parseFilters(opts.filter),
        target: opts.target ? parseTarget(opts.target) : undefined,
        lever: opts.lever,
      };
      const result = req.values
        ? await whatIfFor(null, req)
        : await withWorkspace(opts.db, async (ws) =>
            whatIfFor(ws, { ...req, period: (await resolvePeriods(ws, opts)).current }),
          );
      const nodes = result.nodes;
      if (ctx.json) return printJson(result);
      ctx.out(heading(tree.label[ctx.lang]));
      ctx.out(renderFormula(tree, nodes, ctx.lang, ctx.t, { hideMissing: Boolean(opts.values) }));
      const goal = result.goal;
      if (goal) {
        ctx.out(heading(ctx.t('goalseek.title', { target: formatMoney(goal.value, ctx.lang) })));
        ctx.out(
          renderTable(
            [
              { header: ctx.t('report.levers.lever') },
              { header: ctx.t('report.before'), align: 'right' },
              { header: ctx.t('report.after'), align: 'right' },
              { header: '%', align: 'right' },
            ],
            goal.levers.map((m) => [
              m.lever,
              formatNumber(m.from, ctx.lang, 4),
              formatNumber(m.to, ctx.lang, 4),
              formatPct(m.changePct, ctx.lang),
            ]),
          ),
        );
      }
    });
}
