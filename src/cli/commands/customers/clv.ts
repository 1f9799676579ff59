import { Option, type Command } from 'commander';
import {
  clvFor,
  clvFromFile,
  parseMap,
  UserError,
  paretoNbdFor,
  PARETO_NBD_MODEL,
  type ClvResult,
  type ParetoNbdResult,
} from '../../../services/index.ts';
import { CLV_FIT_MODELS, TIME_UNITS, type ClvFitModel } from '../../../core/clv/index.ts';
import { printCustomerValues } from './clv-customers.ts';
import { printHoldout } from './clv-holdout.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderTable } from '../../render/table.ts';
import { formatNumber } from '../../../i18n/index.ts';
import { convergenceWord, unitWord } from '../../render/clv-words.ts';

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
  orders?: string;
  map: string[];
}

const collect = (v: string, acc: string[]) => [...acc, v];

const MODEL_NAMES: Record<ClvFitModel, string> = {
  bgnbd: 'BG/NBD',
  gg: 'Gamma-Gamma',
  'pareto-nbd': 'Pareto/NBD',
};

/** `fulcrum clv`: fits BG/NBD, Pareto/NBD or Gamma-Gamma on the orders and prints the parameters. */
export function registerClv(program: Command): void {
  const cmd = program
    .command('clv')
    .description('fit a CLV model (BG/NBD or Pareto/NBD purchases, Gamma-Gamma spend)');
  withCommon(cmd)
    .addOption(new Option('--model <name>', 'model to fit').choices([...CLV_FIT_MODELS]).default('bgnbd'))
    .option('--calibration-end <date>', 'last calibration day, inclusive (default: the last order date)')
    .addOption(new Option('--unit <unit>', 'time unit').choices([...TIME_UNITS]).default('week'))
    .option(
      '--customers',
      'value each customer with --model (bgnbd or pareto-nbd) + Gamma-Gamma: P(alive), purchases, CLV',
    )
    .option('--horizon <units>', 'with --customers: horizon in units (default: a year)')
    .option('--margin <share>', 'with --customers: share of revenue kept, e.g. 0.35 or 35% (default: 1)')
    .option('--discount <rate>', 'with --customers: discount rate per unit (default: 0)')
    .option(
      '--export <file>',
      'with --customers: write every customer to FILE.csv or FILE.xlsx; with --holdout: the fit and the check',
    )
    .option(
      '--holdout [end]',
      'check --model (bgnbd or pareto-nbd) on a holdout to END (default: the last order date): predicted vs actual by frequency',
    )
    .option(
      '--orders <file>',
      'fit from an orders export (CSV/XLSX/Parquet) read in place, without importing it (bgnbd, gg)',
    )
    .option('--map <source=field>', 'with --orders: map a header, as for import (repeatable)', collect, [])
    .action(async (opts: ClvOptions) => {
      const ctx = cliContext(opts);
      if (opts.orders) {
        if (opts.holdout !== undefined || opts.customers || opts.export || opts.model === PARETO_NBD_MODEL)
          throw new UserError({
            en: '--orders fits bgnbd or gg from a file; import it first for --customers, --holdout or pareto-nbd',
            ru: '--orders оценивает bgnbd или gg по файлу; для --customers, --holdout и pareto-nbd сначала загрузите его',
          });
      } else if (opts.holdout !== undefined) return printHoldout({ ...opts, holdout: opts.holdout }, ctx);
      else if (opts.customers || opts.export) return printCustomerValues(opts, ctx);
      const req = { calibrationEnd: opts.calibrationEnd, unit: opts.unit };
      const fromFile = opts.orders
        ? await clvFromFile({
            file: opts.orders,
            ...req,
            models: [opts.model as 'bgnbd' | 'gg'],
            map: parseMap(opts.map),
            lang: ctx.lang,
          })
        : null;
      const res = fromFile
        ? fromFile.fits[0]!
        : await withWorkspace<ClvResult | ParetoNbdResult>(opts.db, (ws) =>
            opts.model === PARETO_NBD_MODEL
              ? paretoNbdFor(ws, req)
              : clvFor(ws, { ...req, model: opts.model }),
          );
      if (fromFile && ctx.json)
        return printJson({ ...res.params, ...res, file: fromFile.file, readPath: fromFile.readPath });
      // Parameters sit at the top level under their usual names (r, alpha, a, b; p, q, gamma).
      if (ctx.json) return printJson({ ...res.params, ...res });
      const num = (v: number | null) =>
        v === null ? '—' : formatNumber(Number(v.toPrecision(4)), ctx.lang, 4);
      ctx.out(
        ctx.t('clv.title', {
          model: MODEL_NAMES[res.model],
          customers: formatNumber(res.customers, ctx.lang),
          end: res.calibrationEnd,
          unit: unitWord(ctx.t, res.unit),
          convergence: convergenceWord(ctx.t, res.convergence),
          seconds: formatNumber(res.fitSeconds, ctx.lang, 2),
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
      ctx.out(ctx.t('clv.ll', { ll: formatNumber(res.logLikelihood, ctx.lang, 4) }));
      if (fromFile) {
        for (const w of fromFile.warnings) ctx.out(w[ctx.lang]);
        ctx.out(
          ctx.t(fromFile.readPath === 'in-place' ? 'clv.readInPlace' : 'clv.readImported', {
            file: fromFile.file,
          }),
        );
      }
    });
}
