import { minimise, type MinimiseResult } from './nelder-mead.ts';
import { minimiseSmooth } from './bfgs.ts';
import { standardErrorsFromGradient, standardErrorsFromHessian } from './hessian.ts';
import type { Fit } from './types.ts';

// exp(±15) spans 3e-7 … 3e6: wider than any sensible parameter, narrow enough to stay finite.
const LOG_BOUND = 15;

/** A log-likelihood with its analytic gradient (and, when the model has it, Hessian) at θ. */
export type Evaluate = (theta: number[]) => {
  logLikelihood: number;
  gradient: number[];
  hessian?: number[][];
};

/**
 * Maximum likelihood over positive parameters with the log-likelihood's analytic gradient. The
 * search runs on log-parameters, so positivity needs no constraint and the scale of each
 * parameter stops mattering; the objective is the mean log-likelihood per customer so the
 * tolerance means the same on 2 000 customers as on 2 000 000. BFGS (the chain rule multiplies
 * each gradient component by its parameter) takes tens of evaluations instead of
 * Nelder–Mead's hundreds. Should it stop short — a ridge, a start where the likelihood is not
 * finite — Nelder–Mead carries on from its best point, so the gradient only ever saves time.
 *
 * With `coarse` (the same likelihood over data merged onto a coarser grid, many times fewer
 * rows) the search first runs there from the generic start, then on the real data from the
 * coarse optimum with the inverse Hessian it learnt: a few Newton-like steps instead of dozens
 * of evaluations over every row. Several grids, coarsest first, chain the same way: the
 * generic start's twenty-odd iterations then run on a few thousand rows. The answer is the
 * real data's optimum either way — the polish converges on the full likelihood's gradient —
 * and if it does not, the fit starts over without the shortcut.
 */
export function fitPositiveSmooth<P extends string>(
  names: readonly P[],
  evaluate: Evaluate,
  customers: number,
  start: readonly number[],
  options: {
    maxIterations?: number;
    /** The likelihood on coarsened data, or on several grids, coarsest first. */
    coarse?: Evaluate | readonly Evaluate[];
    /** The full data's likelihood with its Hessian, for the standard errors in one pass. */
    withHessian?: Evaluate;
  } = {},
): Fit<P> {
  const { maxIterations = 5000, coarse, withHessian } = options;
  const scale = customers > 0 ? customers : 1;
  const inBounds = (logTheta: number[]) => logTheta.every((v) => Math.abs(v) <= LOG_BOUND);
  const smooth = (ev: Evaluate) => (logTheta: number[]) => {
    if (!inBounds(logTheta)) return { value: Infinity, gradient: logTheta.map(() => 0) };
    const theta = logTheta.map(Math.exp);
    const e = ev(theta);
    return { value: -e.logLikelihood / scale, gradient: e.gradient.map((g, i) => (-g * theta[i]!) / scale) };
  };
  const fg = smooth(evaluate);
  const x0 = start.map((v) => Math.log(v));
  let res: MinimiseResult | null = null;
  const levels = coarse === undefined ? [] : Array.isArray(coarse) ? coarse : [coarse];
  if (levels.length > 0) {
    // Each coarser level hands its optimum and the curvature it learnt to the next finer one. A
    // search that stalls short of its tolerance (its sums' rounding, on a flat ridge) has still
    // come close: the next level, and in the end the polish on the real rows, decides.
    let x = x0;
    let inverseHessian: number[][] | undefined;
    let iterations = 0;
    for (const level of levels) {
      const step = minimiseSmooth(smooth(level), x, { inverseHessian });
      if (!Number.isFinite(step.value)) break;
      ({ x, inverseHessian } = step);
      iterations += step.iterations;
    }
    if (inverseHessian) {
      const polish = minimiseSmooth(fg, x, { inverseHessian });
      if (polish.convergence === 'converged') res = { ...polish, iterations: iterations + polish.iterations };
    }
  }
  if (!res) res = minimiseSmooth(fg, x0);
  if (res.convergence !== 'converged') {
    const from = Number.isFinite(res.value) ? res.x : x0;
    const nm = minimise((t) => fg(t).value, from, { maxIterations });
    res = { ...nm, iterations: res.iterations + nm.iterations };
  }
  // One evaluation at the optimum gives the log-likelihood and either the Hessian or the
  // gradient the forward differences of the standard errors start from. The standard errors
  // are asked first, and only for a fit that did not fail; a failed fit's log-likelihood needs
  // only the plain evaluation, not the Hessian pass.
  let atOptimum: ReturnType<Evaluate> | null = null;
  const once = (theta: number[], hessian: boolean) =>
    (atOptimum ??= (hessian && withHessian ? withHessian : evaluate)(theta));
  const ll = (theta: number[]) => once(theta, false).logLikelihood;
  const se = (theta: number[]) => {
    const { gradient, hessian } = once(theta, true);
    return hessian
      ? standardErrorsFromHessian(hessian)
      : standardErrorsFromGradient((t) => evaluate(t).gradient, theta, gradient);
  };
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
