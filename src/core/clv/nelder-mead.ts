import type { Convergence } from './types.ts';

/** Options of the minimiser; defaults suit smooth likelihoods in a handful of log-parameters. */
export interface MinimiseOptions {
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this (absolute). */
  fTolerance?: number;
  /** …and its vertices by less than this in every coordinate. */
  xTolerance?: number;
  /** Fresh simplexes built around the best point; a collapsed simplex can stall short of the optimum. */
  restarts?: number;
}

/** Where the minimiser stopped. */
export interface MinimiseResult {
  x: number[];
  value: number;
  iterations: number;
  convergence: Convergence;
}

// Non-finite values (overflow far from the optimum) count as +∞ so the simplex moves away from them.
const safe = (f: (x: number[]) => number) => (x: number[]) => {
  const v = f(x);
  return Number.isFinite(v) ? v : Infinity;
};

function simplexAround(x0: readonly number[], step: number): number[][] {
  return [[...x0], ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))];
}

function runOnce(
  f: (x: number[]) => number,
  x0: readonly number[],
  o: Required<MinimiseOptions>,
  budget: number,
) {
  const n = x0.length;
  let pts = simplexAround(x0, 0.5);
  let vals = pts.map(f);
  let it = 0;
  const lerp = (a: number[], b: number[], t: number) => a.map((v, i) => v + t * ((b[i] as number) - v));
  for (; it < budget; it++) {
    const order = vals.map((_, i) => i).sort((i, j) => (vals[i] as number) - (vals[j] as number));
    pts = order.map((i) => pts[i] as number[]);
    vals = order.map((i) => vals[i] as number);
    const best = vals[0] as number;
    const worst = vals[n] as number;
    const spread = pts.every((p) =>
      p.every((v, i) => Math.abs(v - (pts[0] as number[])[i]!) <= o.xTolerance),
    );
    if (Math.abs(worst - best) <= o.fTolerance && spread) return { pts, vals, it, done: true };
    const centroid = Array.from({ length: n }, (_, i) => pts.slice(0, n).reduce((s, p) => s + p[i]!, 0) / n);
    const worstPt = pts[n] as number[];
    const reflected = lerp(centroid, worstPt, -1);
    const fr = f(reflected);
    if (fr < best) {
      const expanded = lerp(centroid, worstPt, -2);
      const fe = f(expanded);
      [pts[n], vals[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < (vals[n - 1] as number)) {
      [pts[n], vals[n]] = [reflected, fr];
    } else {
      const contracted = fr < worst ? lerp(centroid, worstPt, -0.5) : lerp(centroid, worstPt, 0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, worst)) [pts[n], vals[n]] = [contracted, fc];
      else {
        // Shrink towards the best vertex.
        for (let k = 1; k <= n; k++) {
          pts[k] = lerp(pts[0] as number[], pts[k] as number[], 0.5);
          vals[k] = f(pts[k] as number[]);
        }
      }
    }
  }
  return { pts, vals, it, done: false };
}

/**
 * Nelder–Mead minimisation with restarts. Derivative-free, so it copes with the flat or ragged
 * regions a likelihood has far from its optimum; restarting until a fresh simplex finds nothing
 * better guards against the method's known habit of stalling on a degenerate simplex.
 */
export function minimise(
  fn: (x: number[]) => number,
  x0: readonly number[],
  options: MinimiseOptions = {},
): MinimiseResult {
  const o = { maxIterations: 5000, fTolerance: 1e-10, xTolerance: 1e-8, restarts: 5, ...options };
  const f = safe(fn);
  if (!Number.isFinite(f([...x0]))) return { x: [...x0], value: NaN, iterations: 0, convergence: 'failed' };
  let x = [...x0];
  let value = f(x);
  let iterations = 0;
  for (let round = 0; round <= o.restarts; round++) {
    const r = runOnce(f, x, o, o.maxIterations - iterations);
    iterations += r.it;
    const improved = value - (r.vals[0] as number);
    x = r.pts[0] as number[];
    value = r.vals[0] as number;
    if (!r.done) return { x, value, iterations, convergence: 'max-iterations' };
    if (round > 0 && improved <= o.fTolerance) return { x, value, iterations, convergence: 'converged' };
  }
  return { x, value, iterations, convergence: 'converged' };
}
