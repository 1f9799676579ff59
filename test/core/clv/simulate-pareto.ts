import type { Rng } from '../../../src/generate/prng.ts';
import { exponential, gamma } from '../../../src/generate/distributions.ts';
import type { CustomerSummary, ParetoNbdParams } from '../../../src/core/clv/index.ts';

/**
 * Draws customers from the Pareto/NBD story itself: a purchase rate λ ~ Gamma(r, α) and a dropout
 * rate μ ~ Gamma(s, β) per customer; an exponential lifetime with rate μ from the first purchase,
 * Poisson purchases at rate λ while alive; acquisition spread evenly over `spread` units before
 * the end of an observation window of `window` units. x counts repeat purchases, t_x is the last
 * one's time from the first purchase (0 when none); `xStar` counts purchases in the `holdout` units
 * after T.
 */
export function simulateParetoNbd(
  rng: Rng,
  p: ParetoNbdParams,
  n: number,
  window: number,
  spread: number,
  holdout = 0,
): (CustomerSummary & { xStar: number })[] {
  const out: (CustomerSummary & { xStar: number })[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(rng, p.r, 1 / p.alpha);
    const mu = gamma(rng, p.s, 1 / p.beta);
    const T = window - spread * rng();
    const death = exponential(rng, 1 / mu);
    let t = 0;
    let x = 0;
    let tx = 0;
    let xStar = 0;
    for (;;) {
      t += exponential(rng, 1 / lambda);
      if (t > death || t > T + holdout) break;
      if (t <= T) {
        x += 1;
        tx = t;
      } else xStar += 1;
    }
    out.push({ x, tx, T, m: 0, xStar });
  }
  return out;
}
