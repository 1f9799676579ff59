import type { BgNbdParams } from './bgnbd.ts';
import { purchaseModel, type PurchaseForecast } from './purchase-model.ts';
import type { CustomerSummary } from './types.ts';

/** A customer's calibration summary with what they actually did in the holdout. */
export interface HoldoutCustomer extends CustomerSummary {
  /** Repeat transactions in the holdout. */
  xStar: number;
  /** Length of the holdout for this customer (model units). */
  tStar: number;
  /** Customers sharing this row (1 when not compressed). */
  w?: number;
}

/** One line of the validation table: customers with the same calibration frequency. */
export interface HoldoutGroup {
  /** Calibration repeat transactions; the last group is "at least" this many. */
  x: number;
  atLeast: boolean;
  customers: number;
  actual: number;
  predicted: number;
  /** Per-customer averages, as in Fader, Hardie & Lee's conditional-expectations chart. */
  actualMean: number;
  predictedMean: number;
}

/** The classic calibration/holdout check: predicted vs actual holdout purchases by frequency group. */
export interface HoldoutTable {
  groups: HoldoutGroup[];
  total: { customers: number; actual: number; predicted: number };
}

/** Builds the table with BG/NBD's forecasts; frequencies from `topGroup` up are pooled (FHL 2005 use 7+). */
export function holdoutTable(p: BgNbdParams, rows: readonly HoldoutCustomer[], topGroup = 7): HoldoutTable {
  return holdoutTableWith(purchaseModel('bgnbd').forecast(p), rows, topGroup);
}

/** The same table with any purchase model's forecasts. */
export function holdoutTableWith(
  forecast: PurchaseForecast,
  rows: readonly HoldoutCustomer[],
  topGroup = 7,
): HoldoutTable {
  const groups = Array.from({ length: topGroup + 1 }, (_, x) => ({
    x,
    atLeast: x === topGroup,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  for (const c of rows) {
    const g = groups[Math.min(c.x, topGroup)]!;
    const w = c.w ?? 1;
    g.customers += w;
    g.actual += w * c.xStar;
    g.predicted += w * forecast(c).expectedPurchases(c.tStar);
  }
  const used = groups.filter((g) => g.customers > 0);
  const sum = (k: 'customers' | 'actual' | 'predicted') => used.reduce((s, g) => s + g[k], 0);
  return {
    groups: used.map((g) => ({
      ...g,
      actualMean: g.actual / g.customers,
      predictedMean: g.predicted / g.customers,
    })),
    total: { customers: sum('customers'), actual: sum('actual'), predicted: sum('predicted') },
  };
}
