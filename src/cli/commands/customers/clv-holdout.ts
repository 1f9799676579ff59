import { clvValidationFor, clvValidationSheets, type ClvValidation } from '../../../services/index.ts';
import { exportTo } from '../../export-option.ts';
import { formatNumber, formatPct } from '../../../i18n/index.ts';
import { unitWord } from '../../render/clv-words.ts';
import { printJson, withWorkspace, type CliContext, type GlobalOptions } from '../../context.ts';
import { renderTable } from '../../render/table.ts';

/** The options `fulcrum clv --holdout` reads. */
export interface ClvHoldoutOptions extends GlobalOptions {
  model: string;
  calibrationEnd?: string;
  /** `--holdout` alone: to the last order date; `--holdout DATE`: to that day, inclusive. */
  holdout: string | true;
  unit: string;
  /** Writes the fit and the check to FILE.xlsx or FILE.csv. */
  export?: string;
}

const LABELS: Record<ClvValidation['model'], string> = { bgnbd: 'BG/NBD', 'pareto-nbd': 'Pareto/NBD' };

/**
 * `fulcrum clv --holdout`: fits the purchase model up to the calibration end and prints the
 * classic validation table — actual and predicted holdout purchases by calibration frequency.
 */
export async function printHoldout(opts: ClvHoldoutOptions, ctx: CliContext): Promise<void> {
  const res = await withWorkspace(opts.db, (ws) =>
    clvValidationFor(ws, {
      model: opts.model,
      calibrationEnd: opts.calibrationEnd,
      holdoutEnd: opts.holdout === true ? undefined : opts.holdout,
      unit: opts.unit,
    }),
  );
  await exportTo(ctx, opts.export, clvValidationSheets(res));
  if (ctx.json) return printJson(res);
  const num = (v: number, digits = 0) => formatNumber(v, ctx.lang, digits);
  const { groups, total } = res.validation;
  ctx.out(
    ctx.t('clv.holdoutTitle', {
      model: LABELS[res.model],
      customers: num(res.purchase.customers),
      cal: res.calibrationEnd,
      end: res.holdoutEnd,
      length: num(res.holdoutLength, 1),
      unit: unitWord(ctx.t, res.unit),
    }),
  );
  ctx.out(
    renderTable(
      [
        { header: ctx.t('clv.group') },
        { header: ctx.t('rfm.customers'), align: 'right' },
        { header: ctx.t('clv.actual'), align: 'right' },
        { header: ctx.t('clv.predicted'), align: 'right' },
        { header: ctx.t('clv.actualMean'), align: 'right' },
        { header: ctx.t('clv.predictedMean'), align: 'right' },
      ],
      groups.map((g) => [
        g.atLeast ? `${g.x}+` : String(g.x),
        num(g.customers),
        num(g.actual),
        num(g.predicted, 1),
        num(g.actualMean, 2),
        num(g.predictedMean, 2),
      ]),
    ),
  );
  const diff = total.actual > 0 ? (total.predicted / total.actual - 1) * 100 : null;
  ctx.out(
    ctx.t('clv.holdoutTotal', {
      actual: num(total.actual),
      predicted: num(total.predicted, 1),
      diff: formatPct(diff, ctx.lang, true, 1),
    }),
  );
}
