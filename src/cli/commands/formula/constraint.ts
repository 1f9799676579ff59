import type { Command } from 'commander';
import { parseFilters, parseStages } from '../../../services/inputs/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withAnalysis, withCommon } from '../../common.ts';
import { resolvePeriods } from '../../../services/inputs/periods.ts';
import { constraintFor, constraintSheets, UserError } from '../../../services/index.ts';
import { modelOption } from '../../model-choice.ts';
import { checkExport, exportTo, withExport } from '../../export-option.ts';
import { throughput } from '../../../core/formula/index.ts';
import { renderConstraint } from '../../render/constraint.ts';
import { heading } from '../../render/heading.ts';
import { formatNumber } from '../../../i18n/index.ts';

interface ConstraintOptions extends GlobalOptions {
  model: string;
  period?: string;
  filter: string[];
  by?: string;
  stages?: string;
  export?: string;
}

/** `fulcrum constraint`: the key constraint by segment, or the stage-capacity calculator. */
export function registerConstraint(program: Command): void {
  const cmd = program
    .command('constraint')
    .description(
      'the key constraint: the lever and segments holding revenue back; or --stages for capacities',
    );
  withExport(withAnalysis(withCommon(cmd), 'lcpudq'))
    .option('--by <dim>', 'segments to compare: store, channel, manager, region…')
    .option(
      '--stages <name=capacity,…>',
      'theory-of-constraints calculator, e.g. "machine 1=12,machine 2=8,sales=9"',
    )
    .action(async (opts: ConstraintOptions) => {
      const ctx = cliContext(opts);
      checkExport(opts.export);
      if (opts.stages) {
        const res = throughput(parseStages(opts.stages));
        if (ctx.json) return printJson(res);
        ctx.out(ctx.t('stage.output', { output: formatNumber(res.output, ctx.lang), stage: res.bottleneck }));
        return;
      }
      if (!opts.by)
        throw new UserError(
          {
            en: 'constraint needs --by DIM (store, channel, manager…) or --stages',
            ru: 'constraint: укажите --by ИЗМЕРЕНИЕ (store, channel, manager…) или --stages',
          },
          'by',
        );
      const tree = await modelOption(opts.model);
      await withWorkspace(opts.db, async (ws) => {
        const { current } = await resolvePeriods(ws, opts);
        const res = await constraintFor(ws, {
          tree,
          period: current,
          by: opts.by!,
          filters: parseFilters(opts.filter),
        });
        await exportTo(ctx, opts.export, constraintSheets(res, tree));
        if (ctx.json) return printJson(res);
        // A filter that matched nothing: the notice, not a tree of dashes (issue 13).
        if (res.empty) return ctx.out(res.empty[ctx.lang]);
        ctx.out(heading(`${ctx.t('report.constraint', { dim: res.by })} · ${current.label}`));
        ctx.out(renderConstraint(tree, res, ctx.lang, ctx.t));
      });
    });
}
