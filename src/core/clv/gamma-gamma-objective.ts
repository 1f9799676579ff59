import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import trigamma from '@stdlib/math-base-special-trigamma';
import type { LikelihoodAndGradient } from './bgnbd-objective.ts';
import type { GammaGammaParams } from './gamma-gamma.ts';
import { columnsOf, type SummaryInput } from './summary-columns.ts';
import { distinctIndex } from './distinct-index.ts';
import { reusingLast } from './last-evaluation.ts';

/**
 * Gamma-Gamma's weighted log-likelihood of the average values m given x, with its analytic
 * gradient in (p, q, γ), prepared once for the repeat buyers. Per customer,
 * ln L = −lnΓ(q) + q ln γ + lnΓ(px+q) − lnΓ(px) + (px−1) ln m + px ln x − (px+q) ln(γ+mx):
 * everything but the last term depends on x alone once Σ w·ln m is summed per x up front, so
 * the gamma and digamma functions run once per distinct x; per row only ln(γ+mx) is left.
 *
 * With `withHessian` the second derivatives too, for the standard errors at the optimum: the
 * (p, q) block is trigamma terms once per x, the γ row one more pass over the rows without a
 * logarithm, where forward differences of the gradient took three full evaluations.
 */
export function gammaGammaObjective(
  input: SummaryInput,
): (p: GammaGammaParams, withHessian?: boolean) => LikelihoodAndGradient {
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

  const evaluate = ({ p, q, gamma }: GammaGammaParams): LikelihoodAndGradient => {
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

  // Second derivatives in the order (p, q, γ).
  const secondDerivatives = ({ p, q, gamma }: GammaGammaParams): number[][] => {
    let pp = 0;
    let pq = 0;
    let qq = -totalW * trigamma(q);
    for (const g of groups) {
      const px = p * g.x;
      const t = trigamma(px + q);
      pp += g.w * g.x * g.x * (t - trigamma(px));
      pq += g.w * g.x * t;
      qq += g.w * t;
    }
    // −(px+q)·ln(γ+mx) per row, and q ln γ per customer.
    let pg = 0;
    let qg = totalW / gamma;
    let gg = (-totalW * q) / (gamma * gamma);
    for (let i = 0; i < n; i++) {
      const inv = 1 / (gamma + mx[i]!);
      const wi = w[i]!;
      pg -= wi * x[i]! * inv;
      qg -= wi * inv;
      gg += wi * (p * x[i]! + q) * inv * inv;
    }
    return [
      [pp, pq, pg],
      [pq, qq, qg],
      [pg, qg, gg],
    ];
  };

  const atPoint = reusingLast(evaluate);
  return (params, withHessian = false) => {
    const e = atPoint(params);
    return withHessian ? { ...e, hessian: secondDerivatives(params) } : e;
  };
}
