import type { Command } from 'commander';
import { cliContext, printJson, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { formatNumber } from '../../i18n/index.ts';
import { generateSampleFiles, sampleLang, UserError } from '../../services/index.ts';

interface GenerateCliOptions extends GlobalOptions {
  out: string;
  industry: 'retail' | 'b2b' | 'clinic';
  orders: string;
  seed: string;
  format: 'csv' | 'parquet';
  end?: string;
}

/** `fulcrum generate`: writes a deterministic sample company in the canonical columns. */
export function registerGenerate(program: Command): void {
  const cmd = program.command('generate').description('write a sample company: orders, leads, spend, costs');
  withCommon(cmd)
    .requiredOption('--out <dir>', 'output directory')
    .option('--industry <retail|b2b|clinic>', 'kind of business', 'retail')
    .option('--orders <n>', 'approximate number of order lines', '200000')
    .option('--seed <n>', 'random seed: same seed, same files', '42')
    .option('--format <csv|parquet>', 'file format', 'csv')
    .option('--end <date>', 'end of the history, exclusive (YYYY-MM-DD)')
    .action(async (opts: GenerateCliOptions) => {
      const ctx = cliContext(opts);
      const orders = Number(opts.orders.replaceAll('_', ''));
      const seed = Number(opts.seed);
      if (!Number.isInteger(orders) || orders <= 0)
        throw new UserError(
          {
            en: `--orders "${opts.orders}": expected a positive whole number`,
            ru: `--orders «${opts.orders}»: ожидается целое положительное число`,
          },
          'orders',
        );
      if (!Number.isInteger(seed))
        throw new UserError(
          {
            en: `--seed "${opts.seed}": expected a whole number`,
            ru: `--seed «${opts.seed}»: ожидается целое число`,
          },
          'seed',
        );
      try {
        ctx.progress.start(ctx.t('progress.generate'), orders);
        const res = await generateSampleFiles(
          {
            outDir: opts.out,
            industry: opts.industry,
            orders,
            seed,
            format: opts.format,
            lang: sampleLang(opts.lang, process.env),
            ...(opts.end ? { end: opts.end } : {}),
          },
          (done, total) => ctx.progress.update(done, total),
        );
        ctx.progress.stop();
        if (ctx.json) return printJson(res);
        const n = (v: number) => formatNumber(v, ctx.lang, 0);
        ctx.out(
          ctx.t('generate.done', {
            orders: n(res.rows.orders),
            leads: n(res.rows.leads),
            spend: n(res.rows.spend),
            costs: n(res.rows.costs),
            dir: opts.out,
            seconds: formatNumber(res.seconds, ctx.lang, 1),
          }),
        );
      } finally {
        ctx.progress.stop();
      }
    });
}
