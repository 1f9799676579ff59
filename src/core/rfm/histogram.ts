/**
 * A distribution as its distinct values (ascending) and how many customers hold each: what the
 * breaks of every strategy are computed from. The warehouse builds it with one GROUP BY, so a
 * million customers reach JavaScript as a few hundred (recency, frequency) or at most one row
 * per distinct amount (monetary), never as a million lines.
 */
export interface Histogram {
  values: Float64Array;
  counts: Float64Array;
}

/** The histogram of in-memory values (NaN left out, as SQL leaves out NULL). */
export function histogramOf(values: ArrayLike<number>): Histogram {
  // A typed array sorts numbers natively: a comparator sort of a million values took seconds.
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (Number.isNaN(v)) continue;
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]! += 1;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(distinct), counts: Float64Array.from(counts) };
}

/** Customers the histogram holds. */
export const histogramTotal = (h: Histogram): number => h.counts.reduce((s, c) => s + c, 0);

/**
 * The value at 0-based position `k` of the sorted customers the histogram stands for; `k` must be
 * below the total. A binary search over the cumulative counts (built once per call site).
 */
export function valueAtRank(h: Histogram, cumulative: Float64Array, k: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  // The first distinct value whose cumulative count exceeds k.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > k) hi = mid;
    else lo = mid + 1;
  }
  return h.values[lo]!;
}

/** Running totals of the counts: cumulative[i] = customers holding values[0..i]. */
export function cumulativeCounts(h: Histogram): Float64Array {
  const out = new Float64Array(h.counts.length);
  let s = 0;
  h.counts.forEach((c, i) => (out[i] = s += c));
  return out;
}
