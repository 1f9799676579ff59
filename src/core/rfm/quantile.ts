/** Type-7 quantile (R's default) of values already sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}

/** The n − 1 inner type-7 quantiles at 1/n … (n−1)/n. */
export function innerQuantiles(values: readonly number[], n: number): number[] {
  const sorted = Float64Array.from(values).sort();
  return Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n));
}

/**
 * Bin 1…n of a value against ascending breaks, bins being lower ≤ v < upper: one plus the
 * number of breaks at or below v. A function of the value alone, so ties always share a bin.
 */
export function binOf(v: number, breaks: readonly number[]): number {
  let k = 1;
  for (const b of breaks) if (v >= b) k += 1;
  return k;
}
