import { Option, type Command } from 'commander';
import {
  clvFor,
  CLV_MODELS,
  paretoNbdFor,
  PARETO_NBD_MODEL,
  type ClvResult,
  type ParetoNbdResult,
} from '../../services/index.ts';
import { printCustomerValues } from './clv-customers.ts';
import { printHoldout } from './clv-holdout.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { renderTable } from '../render/table.ts';
import { formatNumber } from '../../i18n/index.ts';

interface ClvOptions extends GlobalOptions {
  model: string;
  calibrationEnd?: string;
  unit: string;
  customers?: boolean;
  horizon?: string;
  margin?: string;
  discount?: string;
  export?: string;
  holdout?: string | true;
}

const MODEL_NAMES = { bgnbd: 'BG/NBD', gg: 'Gamma-Gamma', [PARETO_NBD_MODEL]: 'Pareto/NBD' } as const;

/** `fulcrum clv`: fits BG/NBD, Pareto/NBD or Gamma-Gamma on the orders and prints the parameters. */
export function registerClv(program: Command): void {
  const cmd = program
    .command('clv')
    .description('fit a CLV model (BG/NBD or Pareto/NBD purchases, Gamma-Gamma spend)');
  withCommon(cmd)
    .addOption(
      new Option('--model <name>', 'model to fit')
        .choices([...CLV_MODELS, PARETO_NBD_MODEL])
        .default('bgnbd'),
    )
    .option('--calibration-end <date>', 'last calibration day, inclusive (default: the last order date)')
    .addOption(new Option('--unit <unit>', 'time unit').choices(['day', 'week', 'month']).default('week'))
    .option(
      '--customers',
      'value each customer with --model (bgnbd or pareto-nbd) + Gamma-Gamma: P(alive), purchases, CLV',
    )
    .option('--horizon <units>', 'with --customers: horizon in units (default: a year)')
    .option('--margin <share>', 'with --customers: share of revenue kept, e.g. 0.35 or 35% (default: 1)')
    .option('--discount <rate>', 'with --customers: discount rate per unit (default: 0)')
    .option('--export <file>', 'with --customers: write every customer to FILE.csv or FILE.xlsx')
    .option(
      '--holdout [end]',
      'check --model (bgnbd or pareto-nbd) on a holdout to END (default: the last order date): predicted vs actual by frequency',
    )
    .action(async (opts: ClvOptions) => {
      const ctx = cliContext(opts);
      if (opts.holdout !== undefined) return printHoldout({ ...opts, holdout: opts.holdout }, ctx);
      if (opts.customers || opts.export) return printCustomerValues(opts, ctx);
      const req = { calibrationEnd: opts.calibrationEnd, unit: opts.unit };
      const res = await withWorkspace<ClvResult | ParetoNbdResult>(opts.db, (ws) =>
        opts.model === PARETO_NBD_MODEL ? paretoNbdFor(ws, req) : clvFor(ws, { ...req, model: opts.model }),
      );
      // Parameters sit at the top level under their usual names (r, alpha, a, b; p, q, gamma).
      if (ctx.json) return printJson({ ...res.params, ...res });
      const num = (v: number | null) =>
        v === null ? '—' : formatNumber(Number(v.toPrecision(4)), ctx.lang, 4);
      ctx.out(
        ctx.t('clv.title', {
          model: MODEL_NAMES[res.model],
          customers: formatNumber(res.customers, ctx.lang),
          end: res.calibrationEnd,
          unit: res.unit,
          convergence: res.convergence,
          seconds: res.fitSeconds.toFixed(2),
        }),
      );
      const rows = Object.entries(res.params).map(([k, v]) => [
        k,
        num(v),
        num(res.standardErrors[k] ?? null),
      ]);
      ctx.out(
        renderTable(
          [
            { header: ctx.t('clv.param') },
            { header: ctx.t('clv.estimate'), align: 'right' },
            { header: ctx.t('clv.se'), align: 'right' },
          ],
          rows,
        ),
      );
      ctx.out(ctx.t('clv.ll', { ll: res.logLikelihood.toFixed(4) }));
    });
}
