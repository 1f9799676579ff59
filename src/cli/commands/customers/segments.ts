import { Option, type Command } from 'commander';
import { BINNINGS } from '../../../core/rfm/index.ts';
import { exportSegments, segmentsFor, UserError } from '../../../services/index.ts';
import { phrase } from '../../../i18n/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderMigration, renderSegmentSummary } from '../../render/segments.ts';
import { parseWindow } from './rfm-options.ts';

interface SegmentsOptions extends GlobalOptions {
  asof?: string;
  to?: string;
  from?: string;
  bins: string;
  window?: string;
  export?: string;
}

/** `fulcrum segments`: the RFM segment summary, and who moved between segments from one date to another. */
export function registerSegments(program: Command): void {
  const cmd = program
    .command('segments')
    .description('RFM segment summary; with --from, the migration between segments from that date');
  withCommon(cmd)
    .option('--asof <date>', 'as-of date (default: the last order date)')
    .option('--to <date>', 'second date of the migration (same as --asof)')
    .option('--from <date>', 'first date: show who moved between segments from it to --to')
    .addOption(new Option('--bins <strategy>', 'scoring strategy').choices([...BINNINGS]).default('quantile'))
    .option('--window <days>', 'days counted by frequency and monetary (default: all history; norms: 365)')
    .option('--export <file>', 'write the summary and migration to FILE.xlsx or FILE.csv')
    .action(async (opts: SegmentsOptions) => {
      const ctx = cliContext(opts);
      if (opts.to && opts.asof && opts.to !== opts.asof)
        throw new UserError(phrase('customers.toAsOf', { to: opts.to, asOf: opts.asof }), 'to');
      const res = await withWorkspace(opts.db, (ws) =>
        segmentsFor(
          ws,
          {
            asOf: opts.to ?? opts.asof,
            from: opts.from,
            binning: opts.bins,
            windowDays: parseWindow(opts.window),
          },
          ctx.lang,
        ),
      );
      const files = opts.export ? await exportSegments(opts.export, res, ctx.lang) : [];
      if (ctx.json) return printJson(res);
      ctx.out(renderSegmentSummary(res, ctx));
      if (res.migration) {
        const names = new Map(res.segments.map((s) => [s.segment, s.name]));
        ctx.out(`\n${renderMigration(res.migration, names, ctx)}`);
      }
      if (files.length) ctx.out(`\n${ctx.t('segments.exported', { files: files.join(', ') })}`);
    });
}
