import { roundMoney } from '../../core/money/index.ts';
import {
  customerValueWith,
  fitGammaGamma,
  type ClvOptions,
  type GammaGammaParams,
} from '../../core/clv/index.ts';
import { customerSummaryQuery, UNIT_DAYS, type TimeUnit } from '../../sql/customers/customers.ts';
import { fitInputs, resolveCalibration } from './clv.ts';
import { fitReport, purchaseModelOf } from './purchase-model.ts';
import type { ValueFits } from '../../contract/customers.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What per-customer CLV needs beyond the fit: the horizon and what a purchase is worth. */
export interface CustomerValueRequest {
  /** Last calibration day, inclusive; default: the last order date. */
  calibrationEnd?: string;
  unit: string;
  /** Horizon in units (default 52 weeks, 12 months or 365 days: a year). */
  horizon?: number;
  /** Share of revenue kept, 0–1 (default 1: CLV by revenue). */
  margin?: number;
  /** Discount rate per unit (default 0). */
  discountRate?: number;
  /** The purchase model behind P(alive) and expected purchases: `bgnbd` (default) or `pareto-nbd`. */
  model?: string;
}

/** One customer's model view, in the stable column names of the exports. */
export interface CustomerValueRow {
  customer_id: string;
  /** Repeat transactions, their recency and the customer's age, in units (the BTYD summary). */
  x: number;
  t_x: number;
  T: number;
  p_alive: number;
  /** Purchases expected over the horizon. */
  expected_purchases: number;
  /** Gamma-Gamma's expected value of one future purchase. */
  expected_average_value: number;
  /** Discounted margin over the horizon. */
  clv: number;
}

/** Both fits (the contract's ValueFits, which the list and the CLV tab answer) and every customer's value. */
export type CustomerValues = ValueFits & { customers: CustomerValueRow[] };

const YEAR_IN: Record<TimeUnit, number> = { day: 365, week: 52, month: 12 };

/** Checks the horizon, margin and discount rate; returns them with defaults filled in. */
export function valueOptions(req: CustomerValueRequest, unit: TimeUnit): ClvOptions {
  const horizon = req.horizon ?? YEAR_IN[unit];
  const margin = req.margin ?? 1;
  const discountRate = req.discountRate ?? 0;
  if (!Number.isFinite(horizon) || horizon <= 0)
    throw new UserError(phrase('customers.horizon', { unit, value: String(req.horizon) }), 'horizon');
  if (!Number.isFinite(margin) || margin <= 0 || margin > 1)
    throw new UserError(phrase('customers.margin', { value: String(req.margin) }), 'margin');
  if (!Number.isFinite(discountRate) || discountRate < 0 || discountRate >= 1)
    throw new UserError(phrase('customers.discount', { unit, value: String(req.discountRate) }), 'discount');
  return { horizon, margin, discountRate };
}

/**
 * Fits the purchase model (BG/NBD or Pareto/NBD) and Gamma-Gamma up to the calibration end and
 * values every customer who bought by then: P(alive), purchases over the horizon, the expected
 * average purchase and the discounted CLV. Both models' inputs come compressed from one SQL scan;
 * the models are evaluated per customer in the core on the per-customer summary, one more scan.
 */
export async function customerValuesFor(ws: Workspace, req: CustomerValueRequest): Promise<CustomerValues> {
  const model = purchaseModelOf(req.model);
  // Bad options fail before two fits are spent on them (a bad unit is resolveCalibration's to report).
  if (req.unit in UNIT_DAYS) valueOptions(req, req.unit as TimeUnit);
  const { calibrationEnd, unit } = await resolveCalibration(ws, req);
  const inputs = await fitInputs(ws, calibrationEnd, unit, ['bgnbd', 'gg']);
  if (inputs.bgnbd.length === 0)
    throw new UserError(phrase('customers.noBuyers', { date: calibrationEnd }), 'calibrationEnd');
  if (inputs.gg.length === 0) throw new UserError(phrase('customers.noRepeatBuyers'), 'model');
  const purchase = model.fit(inputs.bgnbd);
  const gg = fitGammaGamma(inputs.gg);
  // A fit that stopped short (flat likelihood on too little history) gives values that only look
  // precise: refuse rather than hand a CRM list numbers the data do not support.
  for (const [name, fit] of [
    [model.label, purchase],
    ['Gamma-Gamma', gg],
  ] as const)
    if (fit.convergence !== 'converged')
      throw new UserError(
        phrase('customers.notConvergedValue', {
          model: name,
          convergence: fit.convergence,
          customers: fit.customers,
          date: calibrationEnd,
        }),
        'calibrationEnd',
      );
  const options = valueOptions(req, unit);
  const q = customerSummaryQuery(ws.engine.dialect, { calibrationEnd, unit, perCustomer: true });
  const forecast = model.forecast(purchase.params);
  const ggParams = gg.params as GammaGammaParams;
  const customers = (await ws.engine.driver.query(q.sql, q.params)).map((r): CustomerValueRow => {
    const c = { x: Number(r.x), tx: Number(r.t_x), T: Number(r.T), m: Number(r.m_x) };
    const v = customerValueWith(forecast, ggParams, c, options);
    return {
      customer_id: String(r.customer_id),
      x: c.x,
      t_x: c.tx,
      T: c.T,
      p_alive: v.pAlive,
      expected_purchases: v.expectedPurchases,
      // Money a list shows and a CRM stores: whole kopecks (docs/rounding.md); the probabilities
      // and expected counts keep their precision.
      expected_average_value: roundMoney(v.expectedAverageValue),
      clv: roundMoney(v.clv),
    };
  });
  const report = fitReport(purchase);
  return {
    calibrationEnd,
    unit,
    horizon: options.horizon,
    margin: options.margin,
    discountRate: options.discountRate,
    model: model.name,
    purchase: report,
    ...(model.name === 'bgnbd' ? { bgnbd: report } : {}),
    gammaGamma: fitReport(gg),
    customers,
  };
}

/** The per-customer CLV columns in export order. */
export const VALUE_COLUMNS = [
  'customer_id',
  'x',
  't_x',
  'T',
  'p_alive',
  'expected_purchases',
  'expected_average_value',
  'clv',
] as const satisfies ReadonlyArray<keyof CustomerValueRow>;
