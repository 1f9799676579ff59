import { describe, expect, it } from 'vitest';
import { breakTies } from '../../../src/core/clv/break-ties.ts';
import { columnsOf } from '../../../src/core/clv/summary-columns.ts';
import type { WeightedSummary } from '../../../src/core/clv/types.ts';

const row = (x: number, tx: number, T: number, m: number, w: number): WeightedSummary => ({ x, tx, T, m, w });
const asRows = (c: ReturnType<typeof columnsOf>) =>
  Array.from({ length: c.length }, (_, i) => [c.x[i], c.tx[i], c.T[i], c.m[i], c.w[i]]);

describe('breakTies', () => {
  // Keys as the engine sorted them: a run of three rows sharing key 7, a run of two sharing 9.
  const keys = [1, 7, 7, 7, 8, 9, 9, 4294967296 + 3];
  const rows = [
    row(0, 0, 10, 0, 5),
    row(2, 1, 3, 0, 1),
    row(1, 4, 9, 0, 2),
    row(2, 0.5, 3, 0, 3),
    row(0, 0, 2, 0, 9),
    row(3, 0, 0, 120.5, 4),
    row(3, 0, 0, 99.25, 6),
    row(1, 0, 0, 10, 7),
  ];

  it('orders the rows of each run by value, weights travelling with their rows', () => {
    const cols = columnsOf(rows);
    const key = Float64Array.from(keys);
    breakTies(cols, key);
    expect(asRows(cols)).toEqual([
      [0, 0, 10, 0, 5],
      [1, 4, 9, 0, 2],
      [2, 0.5, 3, 0, 3],
      [2, 1, 3, 0, 1],
      [0, 0, 2, 0, 9],
      [3, 0, 0, 99.25, 6],
      [3, 0, 0, 120.5, 4],
      [1, 0, 0, 10, 7],
    ]);
    expect([...key]).toEqual(keys);
  });

  it('gives one order whatever order each run arrived in', () => {
    const expected = (() => {
      const c = columnsOf(rows);
      breakTies(c, Float64Array.from(keys));
      return asRows(c);
    })();
    // Every arrangement of the three-row run, each with the two-row run both ways round.
    const runs = [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
      [2, 3, 1],
      [3, 1, 2],
      [3, 2, 1],
    ];
    for (const run of runs)
      for (const pair of [
        [5, 6],
        [6, 5],
      ]) {
        const order = [0, ...run, 4, ...pair, 7];
        const c = columnsOf(order.map((i) => rows[i]!));
        breakTies(c, Float64Array.from(order.map((i) => keys[i]!)));
        expect(asRows(c)).toEqual(expected);
      }
  });
});
