import { fitParetoNbd } from '../../core/clv/index.ts';
import { fitInputs, resolveCalibration, type ClvRequest, type ClvResult } from './clv.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The model name `fulcrum clv --model` takes for the Pareto/NBD. */
export const PARETO_NBD_MODEL = 'pareto-nbd';

/** A Pareto/NBD fit: the same fields as the other CLV fits, parameters r, alpha, s, beta. */
export type ParetoNbdResult = Omit<ClvResult, 'model'> & { model: typeof PARETO_NBD_MODEL };

/**
 * Fits the Pareto/NBD on the (x, t_x, T) summary BG/NBD reads, compressed the same way in SQL,
 * so the two purchase models can be compared on one calibration period by log-likelihood.
 */
export async function paretoNbdFor(ws: Workspace, req: Omit<ClvRequest, 'model'>): Promise<ParetoNbdResult> {
  const { calibrationEnd, unit } = await resolveCalibration(ws, req);
  const rows = (await fitInputs(ws, calibrationEnd, unit, ['bgnbd'])).bgnbd;
  if (rows.length === 0)
    throw new UserError(phrase('customers.noBuyers', { date: calibrationEnd }), 'calibrationEnd');
  const started = performance.now();
  const fit = fitParetoNbd(rows);
  return {
    model: PARETO_NBD_MODEL,
    unit,
    calibrationEnd,
    params: fit.params,
    standardErrors: fit.standardErrors,
    logLikelihood: fit.logLikelihood,
    convergence: fit.convergence,
    iterations: fit.iterations,
    customers: fit.customers,
    rows: rows.length,
    fitSeconds: (performance.now() - started) / 1000,
  };
}
