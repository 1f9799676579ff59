import type { Rng } from '../../../src/generate/prng.ts';
import { beta, exponential, gamma } from '../../../src/generate/distributions.ts';
import type { BgNbdParams, CustomerSummary, GammaGammaParams } from '../../../src/core/clv/index.ts';

/**
 * Draws customers from the BG/NBD story itself: a Poisson purchase rate λ ~ Gamma(r, α) and, after
 * every repeat purchase, dropout with p ~ Beta(a, b); acquisition spread evenly over `spread` units
 * before the end of an observation window of `window` units.
 */
export function simulateBgNbd(
  rng: Rng,
  p: BgNbdParams,
  n: number,
  window: number,
  spread: number,
): CustomerSummary[] {
  const out: CustomerSummary[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(rng, p.r, 1 / p.alpha);
    const drop = beta(rng, p.a, p.b);
    const T = window - spread * rng();
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += exponential(rng, 1 / lambda);
      if (t > T) break;
      x += 1;
      tx = t;
      if (rng() < drop) break;
    }
    out.push({ x, tx, T, m: 0 });
  }
  return out;
}

/** Average values of x transactions each ~ Gamma(p, ν) with ν ~ Gamma(q, γ) per customer. */
export function simulateGammaGamma(rng: Rng, p: GammaGammaParams, xs: readonly number[]): CustomerSummary[] {
  return xs.map((x) => {
    const nu = gamma(rng, p.q, 1 / p.gamma);
    let total = 0;
    for (let k = 0; k < x; k++) total += gamma(rng, p.p, 1 / nu);
    return { x, tx: 0, T: 0, m: total / x };
  });
}
