import gammaln from '@stdlib/math-base-special-gammaln';
import { totalWeight, type SummaryInput } from './summary-columns.ts';
import { logHyp2f1Shifted } from './log-hyp2f1.ts';
import { fitPositiveSmooth } from './mle.ts';
import { paretoNbdObjective } from './pareto-nbd-objective.ts';
import type { CustomerSummary, Fit, WeightedSummary } from './types.ts';

/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): while alive a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α) and stays alive for an exponential lifetime with rate
 * μ ~ Gamma(s, β).
 */
export type ParetoNbdParam = 'r' | 'alpha' | 's' | 'beta';
export type ParetoNbdParams = Record<ParetoNbdParam, number>;
export const PARETO_NBD_PARAMS: readonly ParetoNbdParam[] = ['r', 'alpha', 's', 'beta'];

/** ln(1 − eᵈ) for d ≤ 0, accurate at both ends (Mächler's log1mexp). */
function log1mexp(d: number): number {
  if (!(d < 0)) return -Infinity;
  return d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d));
}

/** ln(eᵘ + eᵛ) without overflow. */
function logAdd(u: number, v: number): number {
  if (v === -Infinity) return u;
  if (u === -Infinity) return v;
  const hi = Math.max(u, v);
  return hi + Math.log1p(Math.exp(Math.min(u, v) - hi));
}

/**
 * A customer's likelihood in logs, as its two routes to the data. Given λ and μ,
 * L = λˣ e^−(λ+μ)T (alive at T) + λˣ μ/(λ+μ) [e^−(λ+μ)tₓ − e^−(λ+μ)T] (died in (tₓ, T]).
 * Integrating over the gamma mixing distributions (Fader & Hardie's 2005 note on the Pareto/NBD
 * derivations) gives L = C · [1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀] with
 * C = Γ(r+x) αʳ βˢ / Γ(r), and A₀ = F(tₓ) − F(T) where, writing m = max(α, β),
 * F(t) = ₂F₁(r+s+x, b; r+s+x+1; |α−β|/(m+t)) / (m+t)^(r+s+x), b = s+1 when α ≥ β and r+x
 * otherwise. Choosing the form by the larger of α and β keeps the argument in [0, 1), where the
 * series converges. `alive` = ln of the first term, `died` = ln of the second, `logC` = ln C.
 */
function parts(p: ParetoNbdParams, c: CustomerSummary): { logC: number; alive: number; died: number } {
  const { r, alpha, s, beta } = p;
  const { x, tx, T } = c;
  const a2 = r + s + x;
  const logC = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta);
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  if (!(tx < T)) return { logC, alive, died: -Infinity };
  const m = Math.max(alpha, beta);
  const b2 = alpha >= beta ? s + 1 : r + x;
  const gap = Math.abs(alpha - beta);
  const F = (t: number) => logHyp2f1Shifted(a2, b2, gap / (m + t)) - a2 * Math.log(m + t);
  const fx = F(tx);
  const died = Math.log(s / a2) + fx + log1mexp(F(T) - fx);
  return { logC, alive, died };
}

/**
 * Weighted log-likelihood of the Pareto/NBD on compressed (x, t_x, T) rows, with stdlib's ₂F₁:
 * the value alone, computed independently of the fit's objective, which checks it.
 */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, rows: readonly WeightedSummary[]): number {
  let ll = 0;
  for (const row of rows) {
    const { logC, alive, died } = parts(p, row);
    ll += row.w * (logC + logAdd(alive, died));
  }
  return ll;
}

/**
 * Fits the Pareto/NBD by maximum likelihood from a generic start (all parameters 1), with the
 * same log-parameter bounds, BFGS on the analytic gradient (pareto-nbd-objective.ts) with a
 * Nelder–Mead fallback, convergence status and standard errors from the observed information
 * as BG/NBD.
 */
export function fitParetoNbd(
  rows: SummaryInput,
  start: readonly number[] = [1, 1, 1, 1],
): Fit<ParetoNbdParam> {
  const objective = paretoNbdObjective(rows);
  const evaluate = (t: number[]) => objective({ r: t[0]!, alpha: t[1]!, s: t[2]!, beta: t[3]! });
  return fitPositiveSmooth(PARETO_NBD_PARAMS, evaluate, totalWeight(rows), start);
}

/**
 * P(alive) at the end of calibration: the share of the likelihood that comes from the customer
 * still being alive at T, 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀).
 */
export function paretoNbdPAlive(p: ParetoNbdParams, c: CustomerSummary): number {
  const { alive, died } = parts(p, c);
  return Math.exp(alive - logAdd(alive, died));
}

// (1 − qᵏ)/k for q = (β+T)/(β+T+t) and k = s − 1, with its limit −ln q at s = 1.
function lifetimeFactor(k: number, logQ: number): number {
  return Math.abs(k) < 1e-10 ? -logQ : -Math.expm1(k * logQ) / k;
}

/**
 * Expected transactions in the next t units given the history (Schmittlein, Morrison & Colombo
 * 1987; Fader & Hardie's note, eq. 22): (r+x)(β+T)/(α+T) · (1 − ((β+T)/(β+T+t))^(s−1))/(s−1)
 * · P(alive).
 */
export function paretoNbdExpectedPurchases(p: ParetoNbdParams, c: CustomerSummary, t: number): number {
  return paretoNbdExpectedIfAlive(p, c, t) * paretoNbdPAlive(p, c);
}

/**
 * Expected transactions in the next t units for a customer known to be alive at T: the factor of
 * `paretoNbdExpectedPurchases` before P(alive), cheap (no ₂F₁) so a CLV can step through a horizon.
 */
export function paretoNbdExpectedIfAlive(p: ParetoNbdParams, c: CustomerSummary, t: number): number {
  const { r, alpha, s, beta } = p;
  const { x, T } = c;
  const factor = lifetimeFactor(s - 1, Math.log((beta + T) / (beta + T + t)));
  return (((r + x) * (beta + T)) / (alpha + T)) * factor;
}

/** Expected transactions of a new customer in (0, t]: rβ/α · (1 − (β/(β+t))^(s−1))/(s−1). */
export function paretoNbdExpectedByTime(p: ParetoNbdParams, t: number): number {
  const { r, alpha, s, beta } = p;
  return ((r * beta) / alpha) * lifetimeFactor(s - 1, Math.log(beta / (beta + t)));
}
