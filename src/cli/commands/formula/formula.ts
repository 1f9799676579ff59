import type { Command } from 'commander';
import { parseFilters } from '../../../services/inputs/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { list, withAnalysis, withAttribution, withCommon } from '../../common.ts';
import { resolvePeriods } from '../../../services/inputs/periods.ts';
import { comparePeriods, compareSheets, formulaFor, formulaSheets } from '../../../services/index.ts';
import { modelOption } from '../../model-choice.ts';
import { checkExport, exportTo, withExport } from '../../export-option.ts';
import { INTL_LOCALE } from '../../../i18n/index.ts';
import { renderFormula, renderFormulaComparison } from '../../render/formula.ts';
import { renderSplit } from '../../render/attribution.ts';
import { renderCoverage } from '../../render/coverage.ts';
import { renderFormulaSegments } from '../../render/formula-segments.ts';
import { heading } from '../../render/heading.ts';

interface FormulaOptions extends GlobalOptions {
  model: string;
  period?: string;
  compare?: string;
  filter: string[];
  by?: string;
  method: string;
  order?: string;
  explain?: boolean;
  export?: string;
}

/** `fulcrum formula`: the tree for a period and slice; with --compare, the change split among levers. */
export function registerFormula(program: Command): void {
  const cmd = program.command('formula').description('the profit formula for a period, filter and slice');
  withExport(withAttribution(withAnalysis(withCommon(cmd), 'lcpudq')))
    .option('--compare <months>', 'compare with this period and split the change among levers')
    .option('--by <dims>', 'slice by dimensions, e.g. channel or store or month,channel')
    .option('--explain', 'say how each number was obtained')
    .action(async (opts: FormulaOptions) => {
      const ctx = cliContext(opts);
      checkExport(opts.export);
      const tree = await modelOption(opts.model);
      const filters = parseFilters(opts.filter);
      await withWorkspace(opts.db, async (ws) => {
        const periods = await resolvePeriods(ws, opts);
        if (opts.compare) {
          const res = await comparePeriods(ws, {
            tree,
            before: periods.previous,
            after: periods.current,
            filters,
            method: opts.method,
            order: list(opts.order),
            explainLocale: opts.explain ? INTL_LOCALE[ctx.lang] : undefined,
          });
          await exportTo(ctx, opts.export, compareSheets(res, tree));
          if (ctx.json) return printJson(res);
          // A filter that matched nothing: the notice, not a tree of dashes (issue 13).
          if (res.empty) return ctx.out(res.empty[ctx.lang]);
          ctx.out(
            heading(
              ctx.t('report.periods', { after: res.periods.after.label, before: res.periods.before.label }),
            ),
          );
          ctx.out(
            renderFormulaComparison(
              tree,
              res.detail.before.nodes,
              res.detail.after.nodes,
              ctx.lang,
              ctx.t,
              res.coverage,
            ),
          );
          for (const line of renderCoverage(tree, res.coverage, ctx.lang, ctx.t)) ctx.out(line);
          ctx.out(heading(ctx.t('report.attribution', { method: res.method })));
          ctx.out(renderSplit(tree, res, ctx.lang, ctx.t));
          if (res.profit) {
            ctx.out(heading(ctx.t('report.attribution.profit', { method: res.profit.method })));
            ctx.out(renderSplit(tree, res.profit, ctx.lang, ctx.t));
          }
          return;
        }
        const res = await formulaFor(ws, {
          tree,
          period: periods.current,
          filters,
          by: list(opts.by),
          explainLocale: opts.explain ? INTL_LOCALE[ctx.lang] : undefined,
        });
        await exportTo(ctx, opts.export, formulaSheets(res, tree));
        if (ctx.json) return printJson(res);
        // A filter that matched nothing: the notice, not a tree of dashes (issue 13).
        if (res.empty) return ctx.out(res.empty[ctx.lang]);
        ctx.out(heading(`${tree.label[ctx.lang]} · ${res.period.label}`));
        ctx.out(renderFormula(tree, res.nodes, ctx.lang, ctx.t, { coverage: res.coverage }));
        for (const line of renderCoverage(tree, res.coverage, ctx.lang, ctx.t)) ctx.out(line);
        if (res.explain) {
          ctx.out('');
          for (const line of Object.values(res.explain)) ctx.out(`  ${line}`);
        }
        if (res.segments) {
          const [title, ...rest] = renderFormulaSegments(tree, res, ctx.lang, ctx.t);
          ctx.out(heading(title!));
          for (const line of rest) ctx.out(line);
        }
      });
    });
}
