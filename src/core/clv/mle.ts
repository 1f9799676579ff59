import { minimise, type MinimiseResult } from './nelder-mead.ts';
import { minimiseSmooth } from './bfgs.ts';
import { standardErrors, standardErrorsFromGradient } from './hessian.ts';
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
  return fitFrom(names, logLikelihood, customers, res, (theta) => standardErrors(logLikelihood, theta));
}

/**
 * The same fit with the log-likelihood's analytic gradient: BFGS on the log-parameters (the
 * chain rule multiplies each component by its parameter), tens of evaluations instead of
 * Nelder–Mead's hundreds. Should it stop short — a ridge, a start where the likelihood is not
 * finite — Nelder–Mead carries on from its best point, so the gradient only ever saves time.
 */
export function fitPositiveSmooth<P extends string>(
  names: readonly P[],
  evaluate: (theta: number[]) => { logLikelihood: number; gradient: number[] },
  customers: number,
  start: readonly number[],
  maxIterations = 5000,
): Fit<P> {
  const scale = customers > 0 ? customers : 1;
  const inBounds = (logTheta: number[]) => logTheta.every((v) => Math.abs(v) <= LOG_BOUND);
  const fg = (logTheta: number[]) => {
    if (!inBounds(logTheta)) return { value: Infinity, gradient: logTheta.map(() => 0) };
    const theta = logTheta.map(Math.exp);
    const e = evaluate(theta);
    return { value: -e.logLikelihood / scale, gradient: e.gradient.map((g, i) => (-g * theta[i]!) / scale) };
  };
  const ll = (theta: number[]) => evaluate(theta).logLikelihood;
  let res = minimiseSmooth(
    fg,
    start.map((v) => Math.log(v)),
  );
  if (res.convergence !== 'converged') {
    const from = Number.isFinite(res.value) ? res.x : start.map((v) => Math.log(v));
    const nm = minimise((t) => fg(t).value, from, { maxIterations });
    res = { ...nm, iterations: res.iterations + nm.iterations };
  }
  const se = (theta: number[]) => standardErrorsFromGradient((t) => evaluate(t).gradient, theta);
  return fitFrom(names, ll, customers, res, se);
}

function fitFrom<P extends string>(
  names: readonly P[],
  logLikelihood: (theta: number[]) => number,
  customers: number,
  res: MinimiseResult,
  errors: (theta: number[]) => (number | null)[],
): Fit<P> {
  const theta = res.x.map(Math.exp);
  const se = res.convergence === 'failed' ? theta.map(() => null) : errors(theta);
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
