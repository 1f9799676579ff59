import { describe, expect, it } from 'vitest';
import { histogramOf, innerQuantiles, innerQuantilesOf } from '../../../src/core/rfm/index.ts';
import { quantile7, quantileSorted, type7 } from '../../../src/core/stats/index.ts';

describe('the type-7 quantile, one home for the constraint and RFM', () => {
  it('interpolates between order statistics at (n − 1)·p, as R and NumPy do', () => {
    expect(quantile7([4, 1, 3, 2], 0.75)).toBe(3.25);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(type7(5, 0.25, (i) => [10, 20, 30, 40, 50][i]!)).toBe(20);
    expect(quantile7([], 0.5)).toBeNull();
  });

  it('reads a histogram by rank to the same numbers as the sorted values', () => {
    const values = [1, 1, 1, 2, 2, 3, 5, 8, 8, 13];
    const expected = [0.2, 0.4, 0.6, 0.8].map((p) => quantileSorted(values, p));
    expect(innerQuantiles(values, 5)).toEqual(expected);
    expect(innerQuantilesOf(histogramOf(values), 5)).toEqual(expected);
  });
});
