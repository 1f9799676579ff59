import hyp2f1 from '@stdlib/math-base-special-hyp2f1';

// Enough terms for z up to about 0.9999 with b in the hundreds; beyond that the fit is far from
// any sensible optimum and an honest NaN makes the optimiser back away.
const MAX_TERMS = 2_000_000;

/**
 * ln ₂F₁(a, b; a + 1; z) for a, b > 0 and 0 ≤ z < 1 — the only form the Pareto/NBD likelihood
 * needs. stdlib's Cephes port is accurate there (1e-10 relative against the series on a grid of
 * a, b ∈ [0.05, 150], z ∈ [0, 0.999]) but overflows to ∞ or NaN once the value passes 1e308
 * (large b with z near 1). Then the series Σ a/(a+n)·(b)ₙ/n!·zⁿ, whose terms are all positive
 * (no cancellation), is summed in log space around its largest term.
 */
export function logHyp2f1Shifted(a: number, b: number, z: number): number {
  if (z === 0) return 0;
  const v = hyp2f1(a, b, a + 1, z);
  if (Number.isFinite(v) && v > 0) return Math.log(v);
  return logSeries(a, b, z);
}

function logSeries(a: number, b: number, z: number): number {
  const lz = Math.log(z);
  // ln of the n-th term's (b)ₙ/n!·zⁿ, kept as a running log; the sum is rescaled whenever a term
  // exceeds the current scale, so nothing overflows.
  let logTerm = 0;
  let scale = 0;
  let sum = 1; // term 0, relative to scale 0
  for (let n = 1; n < MAX_TERMS; n++) {
    logTerm += Math.log((b + n - 1) / n) + lz;
    const lt = logTerm + Math.log(a / (a + n));
    if (lt > scale) {
      sum = sum * Math.exp(scale - lt) + 1;
      scale = lt;
    } else {
      const add = Math.exp(lt - scale);
      sum += add;
      // Past the peak the terms shrink geometrically: stop once they no longer register.
      if (add < 1e-17 * sum && n > (b * z) / (1 - z)) return scale + Math.log(sum);
    }
  }
  return NaN;
}
