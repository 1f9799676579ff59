import { cumulativeCounts, histogramOf, histogramTotal, valueAtRank, type Histogram } from './histogram.ts';

/** Type-7 quantile (R's default) of values already sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}

/**
 * The n − 1 inner type-7 quantiles at 1/n … (n−1)/n of the customers a histogram stands for:
 * the same numbers as over the sorted values themselves, read by rank from the running counts.
 */
export function innerQuantilesOf(h: Histogram, n: number): number[] {
  const total = histogramTotal(h);
  if (total === 0) return [];
  const cum = cumulativeCounts(h);
  return Array.from({ length: n - 1 }, (_, i) => {
    const pos = (total - 1) * ((i + 1) / n);
    const lo = Math.floor(pos);
    const below = valueAtRank(h, cum, lo);
    const above = valueAtRank(h, cum, Math.min(lo + 1, total - 1));
    return below + (pos - lo) * (above - below);
  });
}

/** The n − 1 inner type-7 quantiles at 1/n … (n−1)/n. */
export function innerQuantiles(values: readonly number[], n: number): number[] {
  return innerQuantilesOf(histogramOf(values), n);
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
