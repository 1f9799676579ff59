import { holdoutTableWith, type HoldoutCustomer } from '../../core/clv/index.ts';
import { customerSummaryQuery, UNIT_DAYS, type TimeUnit } from '../../sql/customers/customers.ts';
import { fitReport, purchaseModelOf } from './purchase-model.ts';
import type { ClvValidation } from '../../contract/customers.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { addDays } from '../../core/calendar/index.ts';

/** What the calibration/holdout check asks for. */
export interface ClvValidationRequest {
  /** Last calibration day, inclusive; default: the holdout end minus the default holdout. */
  calibrationEnd?: string;
  /** Last holdout day, inclusive; default: the last order date. */
  holdoutEnd?: string;
  unit: string;
  /** Calibration frequencies from this one up are pooled into one group (default 7, as FHL 2005). */
  topGroup?: number;
  /** The purchase model checked: `bgnbd` (default) or `pareto-nbd`. */
  model?: string;
}

/** A purchase model fitted on the calibration period and judged on the holdout it did not see. */
export type { ClvValidation };

const DAY = 86_400_000;

/**
 * The classic check of a purchase model (BG/NBD or Pareto/NBD): fit up to a date, predict each customer's repeat
 * transactions over the holdout and compare with what they did, by calibration frequency (the
 * conditional-expectations table of Fader, Hardie & Lee 2005). Without dates the holdout is the
 * last third of the history, at most a year, so the model is judged on data it has not seen.
 */
export async function clvValidationFor(ws: Workspace, req: ClvValidationRequest): Promise<ClvValidation> {
  const model = purchaseModelOf(req.model);
  if (!(req.unit in UNIT_DAYS))
    throw new UserError(
      phrase('customers.unknownUnit', { unit: req.unit, units: Object.keys(UNIT_DAYS).join(', ') }),
      'unit',
    );
  const unit = req.unit as TimeUnit;
  const topGroup = req.topGroup ?? 7;
  if (!Number.isInteger(topGroup) || topGroup < 1 || topGroup > 100)
    throw new UserError(phrase('customers.topGroup', { value: String(req.topGroup) }), 'topGroup');
  const range = await orderDateRange(ws.engine, await ws.columns());
  if (!range) throw new UserError(phrase('customers.noOrders'));
  const holdoutEnd =
    req.holdoutEnd === undefined ? range.last : parseDateOption(req.holdoutEnd, 'holdoutEnd');
  const span = Math.round((Date.parse(holdoutEnd) - Date.parse(range.first)) / DAY);
  const calibrationEnd =
    req.calibrationEnd === undefined
      ? addDays(holdoutEnd, -Math.min(365, Math.floor(span / 3)))
      : parseDateOption(req.calibrationEnd, 'calibrationEnd');
  if (calibrationEnd >= holdoutEnd)
    throw new UserError(
      phrase('customers.calibrationAfterHoldout', { calibrationEnd, holdoutEnd }),
      'calibrationEnd',
    );
  const q = customerSummaryQuery(ws.engine.dialect, { calibrationEnd, holdoutEnd, unit });
  const holdoutLength = (Date.parse(holdoutEnd) - Date.parse(calibrationEnd)) / DAY / UNIT_DAYS[unit];
  const rows: HoldoutCustomer[] = (await ws.engine.driver.query(q.sql, q.params)).map((r) => ({
    x: Number(r.x),
    tx: Number(r.t_x),
    T: Number(r.T),
    m: Number(r.m_x),
    w: Number(r.w),
    xStar: Number(r.x_star),
    tStar: holdoutLength,
  }));
  if (rows.length === 0)
    throw new UserError(phrase('customers.noBuyers', { date: calibrationEnd }), 'calibrationEnd');
  const fit = model.fit(rows.map((r) => ({ ...r, w: r.w ?? 1 })));
  // Predictions from a fit that stopped short would only look like a verdict on the model.
  if (fit.convergence !== 'converged')
    throw new UserError(
      phrase('customers.notConvergedHoldout', {
        model: model.label,
        convergence: fit.convergence,
        customers: fit.customers,
        date: calibrationEnd,
      }),
      'calibrationEnd',
    );
  const report = fitReport(fit);
  return {
    calibrationEnd,
    holdoutEnd,
    unit,
    holdoutLength,
    model: model.name,
    purchase: report,
    ...(model.name === 'bgnbd' ? { bgnbd: report } : {}),
    validation: holdoutTableWith(model.forecast(fit.params), rows, topGroup),
  };
}
