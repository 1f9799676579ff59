import type { PurchaseModel } from '../../api/types.ts';

// A model the API adds without a name here fails this file's build: the record is exhaustive.
const LABELS: Record<PurchaseModel, string> = { bgnbd: 'BG/NBD', 'pareto-nbd': 'Pareto/NBD' };

/** The purchase models behind P(alive) and the holdout check, with their names in the literature. */
export const PURCHASE_MODELS = (Object.keys(LABELS) as PurchaseModel[]).map((value) => ({
  value,
  label: LABELS[value],
}));

export type { PurchaseModel };
