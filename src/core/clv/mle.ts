import { minimise } from './nelder-mead.ts';
import { standardErrors } from './hessian.ts';
import type { Fit } from './types.ts';

// exp(±15) spans 3e-7 … 3e6: wider than any sensible parameter, narrow enough to stay finite.
const LOG_BOUND = 15;

/**
 * Maximum likelihood over positive parameters: the search runs on log-parameters, so positivity
 * needs no constraint and the scale of each parameter stops mattering; the objective is the mean
 * log-likelihood per customer so the tolerance means the same on 2 000 customers as on 2 000 000.
 */
export function fitPositive<P extends string>(
  names: readonly P[],
  logLikelihood: (theta: number[]) => number,
  customers: number,
  start: readonly number[],
  maxIterations = 5000,
): Fit<P> {
  const objective = (logTheta: number[]) =>
    logTheta.some((v) => Math.abs(v) > LOG_BOUND)
      ? Infinity
      : -logLikelihood(logTheta.map(Math.exp)) / customers;
  const res = minimise(
    objective,
    start.map((v) => Math.log(v)),
    { maxIterations },
  );
  const theta = res.x.map(Math.exp);
  const se = res.convergence === 'failed' ? theta.map(() => null) : standardErrors(logLikelihood, theta);
  const atBound = res.x.some((v) => Math.abs(v) > LOG_BOUND - 1e-3);
  return {
    params: Object.fromEntries(names.map((n, i) => [n, theta[i]])) as Record<P, number>,
    standardErrors: Object.fromEntries(names.map((n, i) => [n, se[i] ?? null])) as Record<P, number | null>,
    logLikelihood: logLikelihood(theta),
    convergence: atBound && res.convergence === 'converged' ? 'failed' : res.convergence,
    iterations: res.iterations,
    customers,
  };
}
