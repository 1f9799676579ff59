import type { PurchaseModelName } from './purchase-model.ts';

/**
 * Models fitted on their own by `fulcrum clv --model` and GET /api/customers/clv: BG/NBD and
 * Gamma-Gamma, read from one scan of the orders. The Pareto/NBD is fitted on BG/NBD's inputs.
 */
export const CLV_MODELS = ['bgnbd', 'gg'] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

/** Every model name `--model` and the fit route accept: the two above and the Pareto/NBD. */
export const CLV_FIT_MODELS = [...CLV_MODELS, 'pareto-nbd' satisfies PurchaseModelName] as const;
export type ClvFitModel = (typeof CLV_FIT_MODELS)[number];

/** Time units the BTYD summary counts in (their days: sql/customers/customers.ts). */
export const TIME_UNITS = ['day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
