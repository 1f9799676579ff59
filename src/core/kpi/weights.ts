/** Tolerance for weights typed as decimals (0.1 + 0.2 is not 0.3 in floating point). */
const EPS = 1e-9;

/**
 * Weights of one sheet (or one part of it) must sum to 1, or the bonus silently shrinks or grows;
 * the error names the sum so the user sees how far off the plan is.
 */
export function assertWeightsSumToOne(weights: readonly number[], what: string): void {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new Error(`weights of ${what} must be non-negative numbers`);
  if (Math.abs(sum - 1) > EPS)
    throw new Error(`weights of ${what} sum to ${Number(sum.toPrecision(12))}, not 1`);
}
