import type { MinimiseResult } from './nelder-mead.ts';

/** A smooth objective's value and gradient at a point. */
export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

/** Options of the quasi-Newton minimiser. */
export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when every gradient component is at most this (objective units per coordinate). */
  gTolerance?: number;
  /** Largest step in any coordinate per iteration: in log-parameters, 3 is a factor of 20. */
  maxStep?: number;
  /**
   * A starting inverse-Hessian approximation, e.g. the one a fit of coarsened data ended with:
   * from a nearby point it turns the search into a few Newton-like steps.
   */
  inverseHessian?: number[][];
}

/** The minimiser's result with the inverse-Hessian approximation it ended with. */
export interface SmoothResult extends MinimiseResult {
  inverseHessian: number[][];
}

// Largest gradient component still called converged when rounding stops every further decrease.
const STALL_TOLERANCE = 1e-6;

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const maxAbs = (a: readonly number[]) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/**
 * BFGS with a backtracking (Armijo) line search on the inverse-Hessian approximation. With an
 * analytic gradient a likelihood in a handful of parameters converges in tens of evaluations,
 * where Nelder–Mead needs hundreds; and the gradient test is a real optimality check rather
 * than a collapsed simplex. Non-finite values count as +∞, so the search backs away from them.
 */
export function minimiseSmooth(
  fg: (x: number[]) => ValueAndGradient,
  x0: readonly number[],
  options: BfgsOptions = {},
): SmoothResult {
  const { maxIterations = 500, gTolerance = 1e-9, maxStep = 3 } = options;
  const n = x0.length;
  const eye = (): number[][] =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let x = [...x0];
  let cur = fg(x);
  if (!Number.isFinite(cur.value) || !cur.gradient.every(Number.isFinite))
    return { x, value: NaN, iterations: 0, convergence: 'failed', inverseHessian: eye() };
  const given = options.inverseHessian;
  let H = given ? given.map((row) => [...row]) : eye();
  let it = 0;
  for (; it < maxIterations; it++) {
    const g = cur.gradient;
    if (maxAbs(g) <= gTolerance)
      return { x, value: cur.value, iterations: it, convergence: 'converged', inverseHessian: H };
    let p = H.map((row) => -dot(row, g));
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // The approximation lost positive definiteness: start again from steepest descent.
      H = eye();
      p = g.map((v) => -v);
      slope = -dot(g, g);
    }
    const longest = maxAbs(p);
    if (longest > maxStep) {
      p = p.map((v) => (v * maxStep) / longest);
      slope = dot(p, g);
    }
    let t = 1;
    let next: ValueAndGradient | null = null;
    let xn = x;
    // The value is a sum over up to a million rows: differences below ~1e-12 of it are rounding.
    const noise = 1e-12 * Math.max(1, Math.abs(cur.value));
    // Steps shorter than 1e-12 in every log-parameter change nothing that matters, nor do steps
    // whose predicted decrease is below the rounding of the value: halving on would only spend
    // evaluations comparing noise (twenty of them, on a million rows, at the optimum).
    while (t * maxAbs(p) > 1e-12 && -t * slope > noise / 100) {
      xn = x.map((v, i) => v + t * p[i]!);
      const cand = fg(xn);
      // A point whose gradient meets the tolerance is the answer, even when rounding makes its
      // value look a hair higher.
      if (
        Number.isFinite(cand.value) &&
        maxAbs(cand.gradient) <= gTolerance &&
        cand.value <= cur.value + noise
      )
        return { x: xn, value: cand.value, iterations: it + 1, convergence: 'converged', inverseHessian: H };
      if (
        Number.isFinite(cand.value) &&
        cand.gradient.every(Number.isFinite) &&
        cand.value <= cur.value + 1e-4 * t * slope &&
        cand.value < cur.value
      ) {
        next = cand;
        break;
      }
      t /= 2;
    }
    // No decrease along a descent direction: the point is optimal to the precision the objective
    // is computed with (a sum over a million rows rounds its gradient at about 1e-9), unless the
    // gradient says plainly that it is not.
    if (!next) {
      const convergence = maxAbs(g) <= STALL_TOLERANCE ? 'converged' : 'failed';
      return { x, value: cur.value, iterations: it, convergence, inverseHessian: H };
    }
    const s = xn.map((v, i) => v - x[i]!);
    const y = next.gradient.map((v, i) => v - g[i]!);
    const sy = dot(s, y);
    if (sy > 1e-300) {
      // First step: scale the identity to the curvature just seen (Nocedal & Wright, 6.20).
      if (it === 0 && !given) H = eye().map((row) => row.map((v) => (v * sy) / dot(y, y)));
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      const rho = 1 / sy;
      H = H.map((row, i) =>
        row.map(
          (v, j) => v - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!,
        ),
      );
    }
    x = xn;
    cur = next;
  }
  const convergence = maxAbs(cur.gradient) <= gTolerance ? 'converged' : 'max-iterations';
  return { x, value: cur.value, iterations: it, convergence, inverseHessian: H };
}
