import { describe, expect, it } from 'vitest';
import { binOf, scoreRfm, tieAwareBreaks, type RfmValues } from '../../../src/core/rfm/index.ts';

const repeat = (value: number, times: number) => Array.from({ length: times }, () => value);
const scoresOf = (values: number[], n = 5) => {
  const b = tieAwareBreaks(values, n);
  return values.map((v) => binOf(v, b));
};

describe('tie-aware quantile breaks', () => {
  it('regression: half the customers buying once no longer makes the lowest F score 3', () => {
    // The sample company's all-history frequencies: 1 982 customers with one order, 864 with two…
    const values = [
      ...repeat(1, 1982),
      ...repeat(2, 864),
      ...repeat(3, 407),
      ...repeat(4, 258),
      ...repeat(5, 140),
      ...repeat(6, 103),
      ...repeat(8, 209),
    ];
    expect(tieAwareBreaks(values, 5)).toEqual([2, 3, 4, 6]);
    const scores = scoresOf(values);
    expect(new Set(scores)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(scores[0]).toBe(1);
  });

  it('gives equal-count bins on distinct values', () => {
    const values = Array.from({ length: 10 }, (_, i) => i * 10);
    expect(scoresOf(values)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('never splits a tie, and keeps a heavy tie at the top in the top bin', () => {
    const values = [1, 2, 3, 4, ...repeat(9, 50)];
    const scores = scoresOf(values);
    expect(scores.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(new Set(scores.slice(4))).toEqual(new Set([5]));
  });

  it('spreads fewer distinct values than bins from 1 to n', () => {
    expect(scoresOf([0, 0, 7, 7, 7])).toEqual([1, 1, 5, 5, 5]);
    expect(scoresOf([1, 2, 3])).toEqual([1, 3, 5]);
    expect(tieAwareBreaks([1, 2, 3], 5)).toEqual([2, 2, 3, 3]);
  });

  it('scores an identical base 1 and an empty one with no breaks', () => {
    expect(tieAwareBreaks([4, 4, 4], 5)).toEqual([5, 5, 5, 5]);
    expect(scoresOf([4, 4, 4])).toEqual([1, 1, 1]);
    expect(tieAwareBreaks([], 5)).toEqual([]);
  });
});

describe('quantile strategy with ties', () => {
  const v = (id: string, recencyDays: number, frequency: number): RfmValues => ({
    customerId: id,
    recencyDays,
    frequency,
    monetary: frequency * 100,
    ordersAllTime: frequency,
    revenueAllTime: frequency * 100,
  });

  it('uses every F score when most customers bought once', () => {
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => v(`one-${i}`, i * 5, 1)),
      ...Array.from({ length: 20 }, (_, i) => v(`two-${i}`, i * 5, 2)),
      ...Array.from({ length: 10 }, (_, i) => v(`three-${i}`, i * 5, 3)),
      ...Array.from({ length: 6 }, (_, i) => v(`four-${i}`, i * 5, 4)),
      ...Array.from({ length: 4 }, (_, i) => v(`many-${i}`, i * 5, 9)),
    ];
    const { scores } = scoreRfm('quantile', rows);
    const fByFrequency = new Map(rows.map((r, i) => [r.frequency, scores[i]!.f]));
    expect([...fByFrequency.entries()]).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [9, 5],
    ]);
  });
});
