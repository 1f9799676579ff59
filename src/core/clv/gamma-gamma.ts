import gammaln from '@stdlib/math-base-special-gammaln';
import { fitPositiveSmooth } from './mle.ts';
import { gammaGammaObjective } from './gamma-gamma-objective.ts';
import { coarsen } from './compress.ts';
import type { Fit, WeightedSummary } from './types.ts';
import {
  columnsOf,
  filterColumns,
  totalWeight,
  type SummaryColumns,
  type SummaryInput,
} from './summary-columns.ts';

/** Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005; Fader & Hardie 2013). */
export type GammaGammaParam = 'p' | 'q' | 'gamma';
export type GammaGammaParams = Record<GammaGammaParam, number>;
export const GG_PARAMS: readonly GammaGammaParam[] = ['p', 'q', 'gamma'];

// Only repeat buyers with a positive average carry information about spend.
const usable = (input: SummaryInput): SummaryColumns => {
  const c = columnsOf(input);
  return filterColumns(c, (i) => c.x[i]! > 0 && c.m[i]! > 0);
};

/** Weighted log-likelihood of the repeat buyers' average values m_x given x. */
export function gammaGammaLogLikelihood(p: GammaGammaParams, rows: readonly WeightedSummary[]): number {
  const { p: shape, q, gamma } = p;
  const c0 = -gammaln(q) + q * Math.log(gamma);
  let ll = 0;
  const data = usable(rows);
  for (let i = 0; i < data.length; i++) {
    const x = data.x[i]!;
    const m = data.m[i]!;
    const w = data.w[i]!;
    const px = shape * x;
    ll +=
      w *
      (c0 +
        gammaln(px + q) -
        gammaln(px) +
        (px - 1) * Math.log(m) +
        px * Math.log(x) -
        (px + q) * Math.log(gamma + m * x));
  }
  return ll;
}

/** Fits Gamma-Gamma on repeat buyers from a generic start (all parameters 1). */
export function fitGammaGamma(
  input: SummaryInput,
  start: readonly number[] = [1, 1, 1],
): Fit<GammaGammaParam> {
  const data = usable(input);
  const n = totalWeight(data);
  const params = (t: number[]) => ({ p: t[0]!, q: t[1]!, gamma: t[2]! });
  const full = gammaGammaObjective(data);
  const rough = coarsen(data, ['m']);
  const coarse = rough ? gammaGammaObjective(rough) : null;
  return fitPositiveSmooth(GG_PARAMS, (t) => full(params(t)), n, start, {
    coarse: coarse ? (t) => coarse(params(t)) : undefined,
    withHessian: (t) => full(params(t), true),
  });
}

/**
 * Expected average transaction value given x repeat purchases averaging m: a weighted mean of the
 * population mean pγ/(q−1) and the customer's own average, the weight growing with x.
 */
export function gammaGammaExpectedValue(p: GammaGammaParams, x: number, m: number): number {
  return (p.p * (p.gamma + x * m)) / (p.p * x + p.q - 1);
}
