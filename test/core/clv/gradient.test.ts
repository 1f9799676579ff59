import { describe, expect, it } from 'vitest';
import {
  bgnbdLogLikelihood,
  compressSummaries,
  gammaGammaLogLikelihood,
  minimiseSmooth,
} from '../../../src/core/clv/index.ts';
import { bgnbdObjective, type LikelihoodAndGradient } from '../../../src/core/clv/bgnbd-objective.ts';
import { gammaGammaObjective } from '../../../src/core/clv/gamma-gamma-objective.ts';
import { readCdnowCbs } from './cdnow.ts';

const rows = compressSummaries(readCdnowCbs());

// Central differences of the plain likelihood: the analytic gradient must agree with them.
function numericGradient(f: (t: number[]) => number, t: readonly number[]): number[] {
  return t.map((v, i) => {
    const h = 1e-6 * Math.max(Math.abs(v), 1);
    const up = t.map((u, j) => (i === j ? u + h : u));
    const down = t.map((u, j) => (i === j ? u - h : u));
    return (f(up) - f(down)) / (2 * h);
  });
}

// BG/NBD parameter points: near the CDNOW optimum, the generic start, and far from both.
const BGNBD_POINTS = [
  [0.243, 4.414, 0.793, 2.426],
  [1, 1, 1, 1],
  [2.5, 0.3, 4, 0.6],
];
const bgParams = (u: readonly number[]) => ({ r: u[0]!, alpha: u[1]!, a: u[2]!, b: u[3]! });

// Gamma-Gamma points: near the CDNOW optimum, the generic start, and far from both.
const GG_POINTS = [
  [6.25, 3.74, 15.44],
  [1, 1, 1],
  [0.5, 8, 300],
];
const ggParams = (u: readonly number[]) => ({ p: u[0]!, q: u[1]!, gamma: u[2]! });

/**
 * The analytic Hessian against central differences of the analytic gradient, at each point;
 * asking for it changes neither the likelihood nor the gradient.
 */
function expectHessianOfGradient<P>(
  objective: (p: P, withHessian?: boolean) => LikelihoodAndGradient,
  params: (u: readonly number[]) => P,
  points: readonly (readonly number[])[],
): void {
  for (const t of points) {
    const plain = objective(params(t));
    const e = objective(params(t), true);
    expect(e.logLikelihood).toBe(plain.logLikelihood);
    expect(e.gradient).toEqual(plain.gradient);
    const H = e.hessian!;
    t.forEach((v, j) => {
      const h = 1e-6 * Math.max(Math.abs(v), 1);
      const up = objective(params(t.map((u, k) => (k === j ? u + h : u)))).gradient;
      const down = objective(params(t.map((u, k) => (k === j ? u - h : u)))).gradient;
      up.forEach((g, i) => {
        const numeric = (g - down[i]!) / (2 * h);
        // The differences carry about 1e-5 of rounding (gradients summed over 2 357 customers).
        expect(Math.abs(H[i]![j]! - numeric)).toBeLessThan(1e-4 + 1e-6 * Math.abs(numeric));
      });
    });
    // Second derivatives are symmetric.
    H.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(H[j]![i])));
  }
}

describe('analytic likelihoods and gradients', () => {
  it('BG/NBD: the prepared likelihood equals the plain one and its gradient the numeric one', () => {
    const objective = bgnbdObjective(rows);
    for (const t of BGNBD_POINTS) {
      const p = bgParams(t);
      const e = objective(p);
      expect(e.logLikelihood).toBeCloseTo(bgnbdLogLikelihood(p, rows), 8);
      const num = numericGradient((u) => bgnbdLogLikelihood(bgParams(u), rows), t);
      e.gradient.forEach((g, i) => expect(g).toBeCloseTo(num[i]!, 3));
    }
  });

  it('BG/NBD: the Hessian equals central differences of the analytic gradient', () => {
    expectHessianOfGradient(bgnbdObjective(rows), bgParams, BGNBD_POINTS);
  });

  it('Gamma-Gamma: the same checks on the repeat buyers', () => {
    const repeat = rows.filter((r) => r.x > 0 && r.m > 0);
    const objective = gammaGammaObjective(repeat);
    for (const t of GG_POINTS) {
      const p = ggParams(t);
      const e = objective(p);
      expect(e.logLikelihood).toBeCloseTo(gammaGammaLogLikelihood(p, repeat), 8);
      const num = numericGradient(
        (u) => gammaGammaLogLikelihood({ p: u[0]!, q: u[1]!, gamma: u[2]! }, repeat),
        t,
      );
      e.gradient.forEach((g, i) => expect(g).toBeCloseTo(num[i]!, 3));
    }
  });
});

describe('Gamma-Gamma second derivatives', () => {
  it('equal central differences of the analytic gradient', () => {
    expectHessianOfGradient(gammaGammaObjective(rows.filter((r) => r.x > 0 && r.m > 0)), ggParams, GG_POINTS);
  });
});

describe('minimiseSmooth (BFGS)', () => {
  const rosen = (v: number[]) => ({
    value: 100 * (v[1]! - v[0]! ** 2) ** 2 + (1 - v[0]!) ** 2,
    gradient: [-400 * v[0]! * (v[1]! - v[0]! ** 2) - 2 * (1 - v[0]!), 200 * (v[1]! - v[0]! ** 2)],
  });

  it('finds the Rosenbrock minimum and says it converged', () => {
    const res = minimiseSmooth(rosen, [-1.2, 1]);
    expect(res.convergence).toBe('converged');
    expect(res.x[0]).toBeCloseTo(1, 6);
    expect(res.x[1]).toBeCloseTo(1, 6);
    expect(res.iterations).toBeLessThan(100);
  });

  it('reports an exhausted iteration budget and a start that is not finite', () => {
    expect(minimiseSmooth(rosen, [-1.2, 1], { maxIterations: 3 }).convergence).toBe('max-iterations');
    expect(minimiseSmooth(() => ({ value: NaN, gradient: [0] }), [0]).convergence).toBe('failed');
  });
});
