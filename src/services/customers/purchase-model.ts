import { purchaseModel, PURCHASE_MODELS, type Fit, type PurchaseModel } from '../../core/clv/index.ts';
import type { FitReport } from '../../contract/customers.ts';
import { UserError } from '../inputs/user-error.ts';

/** The purchase model a request names (BG/NBD when it names none), or a UserError listing the choices. */
export function purchaseModelOf(name: string | undefined): PurchaseModel {
  if (name === undefined) return purchaseModel('bgnbd');
  if (!(PURCHASE_MODELS as readonly string[]).includes(name))
    throw new UserError(
      {
        en: `unknown purchase model "${name}": use ${PURCHASE_MODELS.join(' or ')}`,
        ru: `неизвестная модель покупок «${name}»: используйте ${PURCHASE_MODELS.join(' или ')}`,
      },
      'model',
    );
  return purchaseModel(name);
}

/** What a fit reports to surfaces: parameters with their errors, likelihood and how it stopped. */
export type { FitReport };

/** A fit without anything surfaces do not show. */
export const fitReport = (f: Fit<string>): FitReport => ({
  params: f.params,
  standardErrors: f.standardErrors,
  logLikelihood: f.logLikelihood,
  convergence: f.convergence,
  iterations: f.iterations,
  customers: f.customers,
});
