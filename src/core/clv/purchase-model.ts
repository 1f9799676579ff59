import { bgnbdExpectedPurchases, bgnbdPAlive, fitBgNbd, BGNBD_PARAMS, type BgNbdParams } from './bgnbd.ts';
import {
  fitParetoNbd,
  paretoNbdExpectedIfAlive,
  paretoNbdPAlive,
  PARETO_NBD_PARAMS,
  type ParetoNbdParams,
} from './pareto-nbd.ts';
import type { CustomerSummary, Fit } from './types.ts';
import type { SummaryInput } from './summary-columns.ts';

/** The purchase models a customer's P(alive) and expected purchases can come from. */
export const PURCHASE_MODELS = ['bgnbd', 'pareto-nbd'] as const;
export type PurchaseModelName = (typeof PURCHASE_MODELS)[number];

/** One customer as a fitted purchase model sees them. */
export interface CustomerForecast {
  /** Probability the customer is still alive at the end of calibration. */
  pAlive: number;
  /** Expected repeat transactions in the next t units. */
  expectedPurchases(t: number): number;
}

/** A fitted purchase model's view of any customer. */
export type PurchaseForecast = (c: CustomerSummary) => CustomerForecast;

/** A purchase model as a strategy: its name for people, its parameters, fit and forecast. */
export interface PurchaseModel {
  name: PurchaseModelName;
  /** As the literature writes it: BG/NBD, Pareto/NBD. */
  label: string;
  params: readonly string[];
  fit(rows: SummaryInput): Fit<string>;
  forecast(params: Record<string, number>): PurchaseForecast;
}

// P(alive) does not depend on the horizon: the Pareto/NBD's costs a ₂F₁ series, so it is computed
// once per customer and the closed-form horizon factor reuses it for every t a CLV steps through.
const paretoForecast =
  (p: ParetoNbdParams): PurchaseForecast =>
  (c) => {
    const pAlive = paretoNbdPAlive(p, c);
    return { pAlive, expectedPurchases: (t) => pAlive * paretoNbdExpectedIfAlive(p, c, t) };
  };

const bgnbdForecast =
  (p: BgNbdParams): PurchaseForecast =>
  (c) => ({ pAlive: bgnbdPAlive(p, c), expectedPurchases: (t) => bgnbdExpectedPurchases(p, c, t) });

/** Every purchase model by name; a model missing here is a compile error. */
const MODELS: Record<PurchaseModelName, PurchaseModel> = {
  bgnbd: {
    name: 'bgnbd',
    label: 'BG/NBD',
    params: BGNBD_PARAMS,
    fit: (rows) => fitBgNbd(rows),
    forecast: (p) => bgnbdForecast(p as BgNbdParams),
  },
  'pareto-nbd': {
    name: 'pareto-nbd',
    label: 'Pareto/NBD',
    params: PARETO_NBD_PARAMS,
    fit: (rows) => fitParetoNbd(rows),
    forecast: (p) => paretoForecast(p as ParetoNbdParams),
  },
};

/** The purchase model of that name; throws `invalid purchase model: …` for any other. */
export function purchaseModel(name: string): PurchaseModel {
  if (!(PURCHASE_MODELS as readonly string[]).includes(name))
    throw new Error(`invalid purchase model: "${name}" (use ${PURCHASE_MODELS.join(' or ')})`);
  return MODELS[name as PurchaseModelName];
}
