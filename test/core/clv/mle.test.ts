import { describe, expect, it } from 'vitest';
import { fitPositiveSmooth, type Evaluate } from '../../../src/core/clv/mle.ts';

// A smooth likelihood in two positive parameters with its maximum at θ = (40, 0.025):
// Σ a·ln θ − b·θ per parameter, scaled as if for 100 000 customers.
const A = [4e6, 2.5e3];
const B = [1e5, 1e5];
const full: Evaluate = (t) => ({
  logLikelihood: A.reduce((s, a, i) => s + a * Math.log(t[i]!) - B[i]! * t[i]!, 0),
  gradient: A.map((a, i) => a / t[i]! - B[i]!),
});

describe('fitPositiveSmooth with a coarse first pass', () => {
  it('polishes on the real rows from where a stalled coarse search stopped', () => {
    let fullCalls = 0;
    const counted: Evaluate = (t) => {
      fullCalls++;
      return full(t);
    };
    // Within 2 % of the maximum the coarse likelihood goes flat while its gradient does not
    // vanish: its line search finds no decrease there and the search ends 'failed', close by.
    const coarse: Evaluate = (t) => {
      const e = full(t);
      const near = Math.abs(Math.log(t[0]! / 40)) < 0.02 && Math.abs(Math.log(t[1]! / 0.025)) < 0.02;
      return near ? { logLikelihood: full([40, 0.025]).logLikelihood, gradient: e.gradient } : e;
    };
    const fit = fitPositiveSmooth(['x', 'y'], counted, 100_000, [1, 1], { coarse });
    expect(fit.convergence).toBe('converged');
    // The tolerance is on the gradient per customer: a few parts per million of each parameter.
    expect(Math.abs(fit.params.x / 40 - 1)).toBeLessThan(1e-5);
    expect(Math.abs(fit.params.y / 0.025 - 1)).toBeLessThan(1e-5);
    // A few steps on the real rows, not a search from the generic start.
    let fromScratch = 0;
    fitPositiveSmooth(['x', 'y'], (t) => (fromScratch++, full(t)), 100_000, [1, 1]);
    expect(fullCalls).toBeLessThan(fromScratch);
  });
});
