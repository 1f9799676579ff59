import { Option, type Command } from 'commander';
import { customerListFor, exportCustomerList, type CustomerListResult } from '../../../services/index.ts';
import { BINNINGS } from '../../../core/rfm/index.ts';
import { PURCHASE_MODELS, TIME_UNITS, type PurchaseModelName } from '../../../core/clv/index.ts';
import { cliContext, printJson, withWorkspace, type CliContext, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderTable } from '../../render/table.ts';
import { formatMoney, formatNumber, formatPct } from '../../../i18n/index.ts';
import { DEFAULT_SEGMENTS } from '../../../core/rfm/index.ts';
import { parseNumberOption, parseWindow } from './rfm-options.ts';

interface RfmOptions extends GlobalOptions {
  asof?: string;
  bins: string;
  segment?: string;
  export?: string;
  window?: string;
  clv?: boolean;
  unit: string;
  horizon?: string;
  margin?: string;
  discount?: string;
  model: string;
}

const MODEL_LABELS: Record<PurchaseModelName, string> = { bgnbd: 'BG/NBD', 'pareto-nbd': 'Pareto/NBD' };

/** `fulcrum rfm`: scores and segments as of a date, a segment summary, and CRM-ready exports. */
export function registerRfm(program: Command): void {
  const cmd = program.command('rfm').description('RFM scores and named segments, with lists to export');
  withCommon(cmd)
    .option('--asof <date>', 'as-of date (default: the last order date)')
    .addOption(new Option('--bins <strategy>', 'scoring strategy').choices([...BINNINGS]).default('quantile'))
    .option('--window <days>', 'days counted by frequency and monetary (default: all history; norms: 365)')
    .option('--segment <name>', 'keep only this segment, e.g. "At risk"')
    .option('--export <file>', 'write the customer list to FILE.csv or FILE.xlsx')
    .option('--clv', 'fit --model + Gamma-Gamma up to the as-of date: P(alive) and CLV per customer')
    .addOption(
      new Option('--model <name>', 'with --clv: the purchase model behind P(alive)')
        .choices([...PURCHASE_MODELS])
        .default('bgnbd'),
    )
    .addOption(new Option('--unit <unit>', 'CLV time unit').choices([...TIME_UNITS]).default('week'))
    .option('--horizon <units>', 'CLV horizon in units (default: a year)')
    .option('--margin <share>', 'share of revenue kept, e.g. 0.35 or 35% (default: 1, CLV by revenue)')
    .option('--discount <rate>', 'discount rate per unit, e.g. 0.002 (default: 0)')
    .action(async (opts: RfmOptions) => {
      const ctx = cliContext(opts);
      const clv = opts.clv
        ? {
            unit: opts.unit,
            horizon: parseNumberOption(opts.horizon, '--horizon'),
            margin: parseNumberOption(opts.margin, '--margin'),
            discountRate: parseNumberOption(opts.discount, '--discount'),
            model: opts.model,
          }
        : undefined;
      const res = await withWorkspace(opts.db, (ws) =>
        customerListFor(
          ws,
          {
            asOf: opts.asof,
            binning: opts.bins,
            windowDays: parseWindow(opts.window),
            segment: opts.segment,
            clv,
          },
          ctx.lang,
        ),
      );
      if (opts.export) await exportCustomerList(opts.export, res, ctx.lang);
      if (ctx.json) return printJson(res);
      ctx.out(renderSummary(res, ctx));
      ctx.out('');
      ctx.out(
        res.contactColumns.length
          ? ctx.t('rfm.contacts', { columns: res.contactColumns.join(', ') })
          : ctx.t('rfm.noContacts'),
      );
      if (res.clv)
        ctx.out(
          ctx.t('rfm.clv', {
            model: MODEL_LABELS[res.clv.model],
            asOf: res.clv.calibrationEnd,
            horizon: formatNumber(res.clv.horizon, ctx.lang),
            unit: res.clv.unit,
            margin: formatPct(res.clv.margin * 100, ctx.lang, false),
            discount: formatPct(res.clv.discountRate * 100, ctx.lang, false, 2),
          }),
        );
      if (opts.export) ctx.out(ctx.t('rfm.exported', { count: res.customers.length, file: opts.export }));
    });
}

function renderSummary(res: CustomerListResult, ctx: CliContext): string {
  const names = new Map(DEFAULT_SEGMENTS.map((s) => [s.id, s]));
  const rows = res.summary.map((s) => [
    names.get(s.segment)?.name[ctx.lang] ?? s.segment,
    formatNumber(s.customers, ctx.lang),
    formatPct(s.share * 100, ctx.lang, false),
    formatMoney(s.revenue, ctx.lang),
    s.averageCheck === null ? '—' : formatMoney(s.averageCheck, ctx.lang),
    s.averageRecencyDays === null ? '—' : formatNumber(Math.round(s.averageRecencyDays), ctx.lang),
  ]);
  const header = ctx.t('rfm.title', { asOf: res.asOf, binning: res.binning, bins: res.bins });
  const table = renderTable(
    [
      { header: ctx.t('rfm.segment') },
      { header: ctx.t('rfm.customers'), align: 'right' },
      { header: ctx.t('rfm.share'), align: 'right' },
      { header: ctx.t('rfm.revenue'), align: 'right' },
      { header: ctx.t('rfm.check'), align: 'right' },
      { header: ctx.t('rfm.recency'), align: 'right' },
    ],
    rows,
  );
  return `${header}\n\n${table}`;
}
