import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { BgNbdParams } from './bgnbd.ts';
import { columnsOf, type SummaryInput } from './summary-columns.ts';
import { distinctIndex } from './distinct-index.ts';

/** The log-likelihood and its gradient in (r, α, a, b). */
export interface LikelihoodAndGradient {
  logLikelihood: number;
  gradient: number[];
}

/**
 * BG/NBD's weighted log-likelihood (FHL 2005, eq. 6) with its analytic gradient, prepared once
 * for a data set. Per customer, ln L = A(x) + ln[(α+T)^−(r+x) + δ(x>0)·a/(b+x−1)·(α+t_x)^−(r+x)]:
 * A(x) — the gamma and beta functions — depends on x alone, so it and its digamma derivatives are
 * evaluated once per distinct x and weighted by that x's customers; the logs of α+T and α+t_x
 * once per distinct T and t_x. What is left per row is one exp and one log1p.
 */
export function bgnbdObjective(input: SummaryInput): (p: BgNbdParams) => LikelihoodAndGradient {
  const cols = columnsOf(input);
  const n = cols.length;
  const w = cols.w;
  // ln(α + T) is computed once per distinct T (days of acquisition), not once per row.
  const xs = distinctIndex(cols.x);
  const Ts = distinctIndex(cols.T);
  const txs = distinctIndex(cols.tx);
  const xWeight = new Float64Array(xs.distinct.length);
  for (let i = 0; i < n; i++) xWeight[xs.at[i]!]! += w[i]!;
  const totalW = xWeight.reduce((s, v) => s + v, 0);
  const logAT = new Float64Array(Ts.distinct.length);
  const invAT = new Float64Array(Ts.distinct.length);
  const logAtx = new Float64Array(txs.distinct.length);
  const invAtx = new Float64Array(txs.distinct.length);
  const tailConst = new Float64Array(xs.distinct.length);
  const invBx1 = new Float64Array(xs.distinct.length);

  return ({ r, alpha, a, b }) => {
    for (let k = 0; k < Ts.distinct.length; k++) {
      const v = alpha + Ts.distinct[k]!;
      logAT[k] = Math.log(v);
      invAT[k] = 1 / v;
    }
    for (let k = 0; k < txs.distinct.length; k++) {
      const v = alpha + txs.distinct[k]!;
      logAtx[k] = Math.log(v);
      invAtx[k] = 1 / v;
    }
    // The x-only part A(x) and its derivatives, weighted by the customers with that x.
    let ll = 0;
    let gr = 0;
    let ga = 0;
    let gb = 0;
    const dR = digamma(r);
    const dB = digamma(b);
    const dAB = digamma(a + b);
    const c0 = -gammaln(r) + r * Math.log(alpha) + gammaln(a + b) - gammaln(b);
    for (let k = 0; k < xs.distinct.length; k++) {
      const x = xs.distinct[k]!;
      const W = xWeight[k]!;
      const dABx = digamma(a + b + x);
      ll += W * (c0 + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x));
      gr += W * (digamma(r + x) - dR + Math.log(alpha));
      ga += W * (dAB - dABx);
      gb += W * (digamma(b + x) + dAB - dB - dABx);
      tailConst[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
      invBx1[k] = x > 0 ? 1 / (b + x - 1) : 0;
    }
    // r ln α, in every customer's A(x), gives each of them r/α.
    let gAlpha = (totalW * r) / alpha;
    let gTail = 0;
    let gTailB = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      const xk = xs.at[i]!;
      const rx = r + xs.distinct[xk]!;
      const ti = Ts.at[i]!;
      const u = -rx * logAT[ti]!;
      if (tailConst[xk] === -Infinity) {
        ll += wi * u;
        gr -= wi * logAT[ti]!;
        gAlpha -= wi * rx * invAT[ti]!;
        continue;
      }
      const si = txs.at[i]!;
      const v = tailConst[xk]! - rx * logAtx[si]!;
      // ln(e^u + e^v) and the two terms' shares of it, without overflow.
      let pv: number;
      if (u >= v) {
        const e = Math.exp(v - u);
        ll += wi * (u + Math.log1p(e));
        pv = e / (1 + e);
      } else {
        const e = Math.exp(u - v);
        ll += wi * (v + Math.log1p(e));
        pv = 1 / (1 + e);
      }
      const pu = 1 - pv;
      gr -= wi * (pu * logAT[ti]! + pv * logAtx[si]!);
      gAlpha -= wi * rx * (pu * invAT[ti]! + pv * invAtx[si]!);
      gTail += wi * pv;
      gTailB += wi * pv * invBx1[xk]!;
    }
    return { logLikelihood: ll, gradient: [gr, gAlpha, ga + gTail / a, gb - gTailB] };
  };
}
