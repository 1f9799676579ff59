import type { Command } from 'commander';
import { parseFilters, parseStep } from '../../../services/inputs/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withAnalysis, withCommon } from '../../common.ts';
import { resolvePeriods } from '../../../services/inputs/periods.ts';
import { leverSheets, leversFor, leversNextStep } from '../../../services/index.ts';
import { modelOption } from '../../model-choice.ts';
import { checkExport, exportTo, withExport } from '../../export-option.ts';
import { renderLevers } from '../../render/levers.ts';
import { renderLeverBenchmark } from '../../render/levers-benchmark.ts';
import { renderCoverage } from '../../render/coverage.ts';
import { heading } from '../../render/heading.ts';
import { formatPct } from '../../../i18n/index.ts';

interface LeversOptions extends GlobalOptions {
  model: string;
  period?: string;
  filter: string[];
  step: string;
  export?: string;
}

/** `fulcrum levers`: raise each lever by a step, one at a time and all together. */
export function registerLevers(program: Command): void {
  const cmd = program.command('levers').description('the +20% lever table: revenue and profit per lever');
  withExport(withAnalysis(withCommon(cmd), 'profit'))
    .option('--step <percent>', 'how much to raise each lever', '20')
    .action(async (opts: LeversOptions) => {
      const ctx = cliContext(opts);
      checkExport(opts.export);
      const tree = await modelOption(opts.model);
      await withWorkspace(opts.db, async (ws) => {
        const { current } = await resolvePeriods(ws, opts);
        const filters = parseFilters(opts.filter);
        const res = await leversFor(ws, { tree, period: current, filters, step: parseStep(opts.step) });
        // The table says what each lever is worth; the key constraint says which to raise and where.
        const nextStep = res.empty ? null : await leversNextStep(ws, { tree, period: current, filters });
        await exportTo(ctx, opts.export, leverSheets(res, tree));
        if (ctx.json) return printJson({ ...res, nextStep });
        // A filter that matched nothing: the notice, not a tree of dashes (issue 13).
        if (res.empty) return ctx.out(res.empty[ctx.lang]);
        ctx.out(
          heading(
            `${ctx.t('report.levers', { step: formatPct(res.step * 100, ctx.lang, false, 0) })} · ${current.label}`,
          ),
        );
        ctx.out(renderLevers(tree, res, ctx.lang, ctx.t));
        if (res.benchmark) {
          ctx.out('');
          for (const line of renderLeverBenchmark(tree, res.benchmark, res.step, ctx.lang, ctx.t))
            ctx.out(line);
        }
        if (nextStep) ctx.out(`\n${ctx.t('constraint.next', { text: nextStep.text[ctx.lang] })}`);
        for (const line of renderCoverage(tree, res.coverage, ctx.lang, ctx.t)) ctx.out(line);
      });
    });
}
