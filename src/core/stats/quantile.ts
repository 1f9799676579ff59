/**
 * The type-7 quantile (Hyndman & Fan; R's and NumPy's default), the one used everywhere: the key
 * constraint's 75th percentile, the benchmark effects, RFM's quantile breaks. Linear
 * interpolation between the order statistics at h = (n − 1)·p.
 */

/** Type-7 quantile of n ascending values read by rank through `at` (an array, or a histogram). */
export function type7(n: number, p: number, at: (rank: number) => number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = at(lo);
  const above = at(Math.min(lo + 1, n - 1));
  return below + (h - lo) * (above - below);
}

/** Type-7 quantile of values already sorted ascending. */
export const quantileSorted = (sorted: ArrayLike<number>, p: number): number =>
  type7(sorted.length, p, (i) => sorted[i] as number);

/** Type-7 quantile of values in any order; null for an empty list. */
export function quantile7(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}
