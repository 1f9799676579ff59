import { type7 } from '../stats/index.ts';
import { cumulativeCounts, histogramOf, histogramTotal, valueAtRank, type Histogram } from './histogram.ts';

export { quantileSorted } from '../stats/index.ts';

/**
 * The n − 1 inner type-7 quantiles at 1/n … (n−1)/n of the customers a histogram stands for:
 * the same numbers as over the sorted values themselves, read by rank from the running counts.
 */
export function innerQuantilesOf(h: Histogram, n: number): number[] {
  const total = histogramTotal(h);
  if (total === 0) return [];
  const cum = cumulativeCounts(h);
  return Array.from({ length: n - 1 }, (_, i) =>
    type7(total, (i + 1) / n, (rank) => valueAtRank(h, cum, rank)),
  );
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
