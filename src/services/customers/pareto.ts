import { fitParetoNbd, type ClvFitModel } from '../../core/clv/index.ts';
import { fitInputs, resolveCalibration, timedFit, type ClvRequest } from './clv.ts';
import type { ClvFit } from '../../contract/customers.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The model name `fulcrum clv --model` takes for the Pareto/NBD. */
export const PARETO_NBD_MODEL = 'pareto-nbd' satisfies ClvFitModel;

/** A Pareto/NBD fit: the same fields as the other CLV fits, parameters r, alpha, s, beta. */
export type ParetoNbdResult = Omit<ClvFit, 'model'> & { model: typeof PARETO_NBD_MODEL };

/**
 * Fits the Pareto/NBD on the (x, t_x, T) summary BG/NBD reads, compressed the same way in SQL,
 * so the two purchase models can be compared on one calibration period by log-likelihood.
 */
export async function paretoNbdFor(ws: Workspace, req: Omit<ClvRequest, 'model'>): Promise<ParetoNbdResult> {
  const { calibrationEnd, unit } = await resolveCalibration(ws, req);
  const rows = (await fitInputs(ws, calibrationEnd, unit, ['bgnbd'])).bgnbd;
  if (rows.length === 0)
    throw new UserError(phrase('customers.noBuyers', { date: calibrationEnd }), 'calibrationEnd');
  return timedFit({ model: PARETO_NBD_MODEL, unit, calibrationEnd }, rows.length, () => fitParetoNbd(rows));
}
