import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { parseFilters, parseValues } from '../../../services/inputs/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withAnalysis, withCommon } from '../../common.ts';
import { parsePeriodOption, resolvePeriods } from '../../../services/inputs/periods.ts';
import { parseTarget, untypedCosts, whatIfFor } from '../../../services/index.ts';
import { modelOption } from '../../model-choice.ts';
import { indexNodes } from '../../../core/formula/index.ts';
import { formatMoney, formatNumber, formatPct } from '../../../i18n/index.ts';
import { renderFormula } from '../../render/formula.ts';
import { renderTable } from '../../render/table.ts';
import { heading } from '../../render/heading.ts';

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
      'lever values, e.g. L=100,C=0.4,D=2,Pu=2,Q=2, and for profit the costs, e.g. spend=…,sga=…,other=… ' +
        '(default: the data of --period; costs not typed come from it too when --db has data)',
    )
    .option('--target <revenue|profit=N>', 'goal seek: the value to reach')
    .option('--lever <id>', 'goal seek with this lever alone (default: all levers by the same factor)')
    .action(async (opts: WhatIfOptions) => {
      const ctx = cliContext(opts);
      const tree = await modelOption(opts.model);
      const req = {
        tree,
        values: opts.values ? parseValues(opts.values) : undefined,
        filters: parseFilters(opts.filter),
        target: opts.target ? parseTarget(opts.target) : undefined,
        lever: opts.lever,
      };
      const values = req.values;
      // Typed values need no warehouse, unless costs were left out and one exists to read them
      // from: an absent --db file is not created just to find it empty.
      const result = values
        ? untypedCosts(tree, values).length > 0 && existsSync(opts.db)
          ? await withWorkspace(opts.db, (ws) =>
              whatIfFor(ws, {
                ...req,
                values,
                period: opts.period ? parsePeriodOption(opts.period, 'period') : undefined,
              }),
            )
          : await whatIfFor(null, req)
        : await withWorkspace(opts.db, async (ws) =>
            whatIfFor(ws, { ...req, period: (await resolvePeriods(ws, opts)).current }),
          );
      const nodes = result.nodes;
      if (ctx.json) return printJson(result);
      ctx.out(heading(tree.label[ctx.lang]));
      ctx.out(renderFormula(tree, nodes, ctx.lang, ctx.t, { hideMissing: Boolean(opts.values) }));
      const names = (ids: string[]) =>
        ids.map((id) => `${indexNodes(tree).get(id)?.label[ctx.lang] ?? id} (${id})`).join(', ');
      const fromData = (result.costs ?? []).filter((c) => c.source === 'data').map((c) => c.id);
      if (values && result.costsPeriod && fromData.length > 0)
        ctx.out(ctx.t('whatif.costsFromData', { period: result.costsPeriod.label, names: names(fromData) }));
      if (result.profitMissing)
        ctx.out(
          ctx.t('whatif.profitMissing', {
            names: names(result.profitMissing),
            example: result.profitMissing.map((id) => `${id}=…`).join(','),
          }),
        );
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
