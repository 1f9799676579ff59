import type { Command } from 'commander';
import { parseFilters, parseStep } from '../../services/options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { list, withAnalysis, withAttribution, withCommon } from '../common.ts';
import { resolvePeriods } from '../../services/periods.ts';
import { buildReport, ensureSample, resolveModel, SAMPLE_DB, SAMPLE_DIR } from '../../services/index.ts';
import { renderReport } from '../render/report.ts';
import { INTL_LOCALE } from '../../i18n/index.ts';

interface ReportOptions extends GlobalOptions {
  sample?: boolean;
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
    .option('--sample', `use the bundled sample company (generated into ${SAMPLE_DIR} on first run)`)
    .option('--compare <months>', 'the period to compare with (default: the 12 months before)')
    .option('--step <percent>', 'lever table step', '20')
    .option('--by <dim>', 'dimension for the key constraint (default: store, else channel, manager, region)')
    .option('--explain', 'say how each contribution was obtained')
    .action(async (opts: ReportOptions) => {
      const ctx = cliContext(opts);
      const tree = resolveModel(opts.model);
      const db = opts.sample ? SAMPLE_DB : opts.db;
      const report = await withWorkspace(db, async (ws) => {
        if (opts.sample) {
          ctx.progress.start(ctx.t('progress.generate'), 1);
          let current = '';
          await ensureSample(ws, SAMPLE_DIR, {
            onGenerate: (done, total) => ctx.progress.update(done, total),
            onImport: (table, phase) => {
              if (table !== current) ctx.progress.start(ctx.t('progress.import', { table }), 3);
              current = table;
              ctx.progress.update(['read', 'validate', 'write'].indexOf(phase) + 1);
            },
          });
          ctx.progress.stop();
        }
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
