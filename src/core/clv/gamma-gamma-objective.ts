import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { LikelihoodAndGradient } from './bgnbd-objective.ts';
import type { GammaGammaParams } from './gamma-gamma.ts';
import { columnsOf, type SummaryInput } from './summary-columns.ts';
import { distinctIndex } from './distinct-index.ts';

/**
 * Gamma-Gamma's weighted log-likelihood of the average values m given x, with its analytic
 * gradient in (p, q, γ), prepared once for the repeat buyers. Per customer,
 * ln L = −lnΓ(q) + q ln γ + lnΓ(px+q) − lnΓ(px) + (px−1) ln m + px ln x − (px+q) ln(γ+mx):
 * everything but the last term depends on x alone once Σ w·ln m is summed per x up front, so
 * the gamma and digamma functions run once per distinct x; per row only ln(γ+mx) is left.
 */
export function gammaGammaObjective(input: SummaryInput): (p: GammaGammaParams) => LikelihoodAndGradient {
  const { length: n, x, m, w } = columnsOf(input);
  const xs = distinctIndex(x);
  const sumW = new Float64Array(xs.distinct.length);
  const sumWLogM = new Float64Array(xs.distinct.length);
  const mx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = xs.at[i]!;
    sumW[k]! += w[i]!;
    sumWLogM[k]! += w[i]! * Math.log(m[i]!);
    mx[i] = m[i]! * x[i]!;
  }
  const groups = Array.from(xs.distinct, (x, k) => ({
    x,
    logX: Math.log(x),
    w: sumW[k]!,
    wLogM: sumWLogM[k]!,
  }));
  const totalW = groups.reduce((s, g) => s + g.w, 0);

  return ({ p, q, gamma }) => {
    const logGamma = Math.log(gamma);
    let ll = totalW * (-gammaln(q) + q * logGamma);
    let gp = 0;
    let gq = totalW * (-digamma(q) + logGamma);
    let gg = (totalW * q) / gamma;
    for (const g of groups) {
      const px = p * g.x;
      const dPxq = digamma(px + q);
      ll += g.w * (gammaln(px + q) - gammaln(px) + px * g.logX) + (px - 1) * g.wLogM;
      gp += g.x * (g.w * (dPxq - digamma(px) + g.logX) + g.wLogM);
      gq += g.w * dPxq;
    }
    // The only per-row term: −(px+q)·ln(γ+mx).
    for (let i = 0; i < n; i++) {
      const v = gamma + mx[i]!;
      const lv = Math.log(v);
      const wi = w[i]!;
      const pxq = p * x[i]! + q;
      ll -= wi * pxq * lv;
      gp -= wi * x[i]! * lv;
      gq -= wi * lv;
      gg -= (wi * pxq) / v;
    }
    return { logLikelihood: ll, gradient: [gp, gq, gg] };
  };
}
