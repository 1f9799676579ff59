import type { BgNbdParams } from './bgnbd.ts';
import { gammaGammaExpectedValue, type GammaGammaParams } from './gamma-gamma.ts';
import { purchaseModel, type PurchaseForecast } from './purchase-model.ts';
import type { CustomerSummary } from './types.ts';

/** What the CLV horizon is worth to the business. */
export interface ClvOptions {
  /** Horizon in model time units (e.g. 52 weeks). */
  horizon: number;
  /** Share of revenue kept as margin, 0–1 (1 = CLV by revenue). */
  margin: number;
  /** Discount rate per time unit (e.g. 0.01 a month); 0 = no discounting. */
  discountRate: number;
  /** Purchases expected in the next `period` units are also reported (default: the horizon). */
  period?: number;
}

/** The model's view of one customer. */
export interface CustomerValue {
  pAlive: number;
  expectedPurchases: number;
  expectedAverageValue: number;
  clv: number;
}

/** `customerValueWith` on BG/NBD purchases. */
export function customerValue(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  c: CustomerSummary,
  o: ClvOptions,
): CustomerValue {
  return customerValueWith(purchaseModel('bgnbd').forecast(bg), gg, c, o);
}

/**
 * Discounted CLV: the expected purchases of each unit step of the horizon (from whichever
 * purchase model the forecast is), times the expected average value and the margin, discounted
 * to the calibration end. Stepping by units rather than using a closed form keeps the discount
 * rate meaning "per unit" as marketers quote it.
 */
export function customerValueWith(
  purchases: PurchaseForecast,
  gg: GammaGammaParams,
  c: CustomerSummary,
  o: ClvOptions,
): CustomerValue {
  const f = purchases(c);
  const value = gammaGammaExpectedValue(gg, c.x, c.m);
  let clv = 0;
  let before = 0;
  const steps = Math.ceil(o.horizon);
  for (let k = 1; k <= steps; k++) {
    const t = Math.min(k, o.horizon);
    const cumulative = f.expectedPurchases(t);
    clv += ((cumulative - before) * value * o.margin) / Math.pow(1 + o.discountRate, t);
    before = cumulative;
  }
  return {
    pAlive: f.pAlive,
    expectedPurchases: f.expectedPurchases(o.period ?? o.horizon),
    expectedAverageValue: value,
    clv,
  };
}
