import { histogramOf, histogramTotal, type Histogram } from './histogram.ts';

/**
 * Equal-count bins that never split a tie, as ascending breaks for `binOf` (bin k holds
 * breaks[k − 2] ≤ v < breaks[k − 1]).
 *
 * Plain quantile breaks collapse on discrete data: when half the customers bought once, the
 * first two or three quantiles are all 1, and every customer jumps past several bins at once
 * (the lowest value scoring 3 of 5). Here each run of equal values is placed whole, in order:
 * a bin takes distinct values while that brings its size closer to an equal share of the
 * customers not yet placed, and always leaves at least one distinct value for each bin after it.
 * So the lowest value always scores 1, the highest always scores n, a heavy tie takes one bin
 * and the rest are re-balanced over the others. With fewer distinct values than bins, the
 * values are spread evenly from 1 to n (scores in between stay empty); with one value, all
 * score 1. Unused bins get the break of the next used one (or max + 1), so the breaks stay
 * JSON-safe numbers and read as empty ranges.
 */
export function tieAwareBreaks(values: readonly number[], n: number): number[] {
  return tieAwareBreaksOf(histogramOf(values), n);
}

/** tieAwareBreaks over a histogram: only the distinct values and their counts matter. */
export function tieAwareBreaksOf(h: Histogram, n: number): number[] {
  const d = h.values.length;
  if (d === 0) return [];
  const binOfGroup = d < n ? spread(d, n) : balanced(h.counts, n, histogramTotal(h));
  return breaksFrom(h.values, binOfGroup, n);
}

// Fewer distinct values than bins: the lowest scores 1, the highest n, the rest evenly between.
function spread(d: number, n: number): ArrayLike<number> {
  if (d === 1) return [1];
  return Array.from({ length: d }, (_, k) => Math.round(1 + (k * (n - 1)) / (d - 1)));
}

// The greedy equal-count assignment of whole tie groups described above.
// Typed arrays in and out: a money axis has a distinct value per ruble, 100 000 and more.
function balanced(counts: ArrayLike<number>, n: number, total: number): Int32Array {
  const out = new Int32Array(counts.length);
  let i = 0;
  let remaining = total;
  for (let bin = 1; bin <= n; bin++) {
    if (bin === n) {
      while (i < counts.length) out[i++] = n;
      break;
    }
    const target = remaining / (n - bin + 1);
    const binsAfter = n - bin;
    let taken = counts[i]!;
    out[i++] = bin;
    while (
      counts.length - (i + 1) >= binsAfter &&
      Math.abs(taken + counts[i]! - target) < Math.abs(taken - target)
    ) {
      taken += counts[i]!;
      out[i++] = bin;
    }
    remaining -= taken;
  }
  return out;
}

// Break k (the lower bound of bin k + 2) is the smallest value placed in that bin or above.
function breaksFrom(distinct: ArrayLike<number>, bins: ArrayLike<number>, n: number): number[] {
  const top = distinct[distinct.length - 1]! + 1;
  return Array.from({ length: n - 1 }, (_, k) => {
    let i = 0;
    while (i < bins.length && bins[i]! < k + 2) i++;
    return i < bins.length ? distinct[i]! : top;
  });
}
