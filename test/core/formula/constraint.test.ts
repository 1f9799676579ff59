import { describe, expect, it } from 'vitest';
import {
  evaluate,
  getPreset,
  keyConstraint,
  quantile7,
  raise,
  throughput,
} from '../../../src/core/formula/index.ts';

describe('key constraint over segments', () => {
  const tree = getPreset('lcpq');
  // L, C, Q, P per store: A 100/0.4/2/100 (8000), B 200/0.2/1/50 (2000), C 50/0.5/3/200 (15000), D 100/0.3/1/200 (6000).
  const segments = [
    { key: 'A', values: evaluate(tree, { leads: 100, buyers: 40, orders: 80, revenue: 8000 }) },
    { key: 'B', values: evaluate(tree, { leads: 200, buyers: 40, orders: 40, revenue: 2000 }) },
    { key: 'C', values: evaluate(tree, { leads: 50, buyers: 25, orders: 75, revenue: 15000 }) },
    { key: 'D', values: evaluate(tree, { leads: 100, buyers: 30, orders: 30, revenue: 6000 }) },
  ];

  it('ranks levers by hand-computed potential; L is the key constraint', () => {
    const r = keyConstraint(tree, segments);
    expect(r.key).toBe('L');
    expect(r.levers.map((l) => l.lever)).toEqual(['L', 'P', 'Q', 'C']);
    const by = Object.fromEntries(r.levers.map((l) => [l.lever, l]));
    // L: p75 of 50,100,100,200 = 125; gains C 15000·1.5, A 8000·0.25, D 6000·0.25.
    expect(by.L?.p75).toBeCloseTo(125, 12);
    expect(by.L?.potential).toBeCloseTo(26000, 6);
    expect(by.L?.below.map((g) => [g.key, Math.round(g.gain)])).toEqual([
      ['C', 22500],
      ['A', 2000],
      ['D', 1500],
    ]);
    // P: p75 of 50,100,200,200 = 200; A 8000·1, B 2000·3.
    expect(by.P?.p75).toBeCloseTo(200, 12);
    expect(by.P?.potential).toBeCloseTo(14000, 6);
    // Q: p75 of 1,1,2,3 = 2.25; D 7500, B 2500, A 1000.
    expect(by.Q?.potential).toBeCloseTo(11000, 6);
    // C: p75 of 0.2,0.3,0.4,0.5 = 0.425; D 2500, B 2250, A 500.
    expect(by.C?.p75).toBeCloseTo(0.425, 12);
    expect(by.C?.potential).toBeCloseTo(5250, 6);
  });

  it('skips segments without data for a lever', () => {
    const withGap = [
      ...segments,
      { key: 'E', values: evaluate(tree, { leads: 0, buyers: 0, orders: 0, revenue: 0 }) },
    ];
    const r = keyConstraint(tree, withGap);
    expect(r.levers.find((l) => l.lever === 'C')?.p75).toBeCloseTo(0.425, 12);
  });

  it('has no key constraint without segments', () => {
    expect(keyConstraint(tree, []).key).toBeNull();
  });
});

describe('quantile7', () => {
  it('interpolates like R type 7', () => {
    expect(quantile7([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile7([5], 0.75)).toBe(5);
    expect(quantile7([], 0.75)).toBeNull();
  });
});

describe('stage capacity: the cups example', () => {
  it('follows the constraint from machine 2 to the market', () => {
    let stages = [
      { name: 'machine 1', capacity: 12 },
      { name: 'machine 2', capacity: 8 },
      { name: 'machine 3', capacity: 10 },
      { name: 'sales', capacity: 9 },
      { name: 'market', capacity: 11 },
    ];
    expect(throughput(stages)).toEqual({ output: 8, bottleneck: 'machine 2' });
    stages = raise(stages, 'machine 2', 15);
    expect(throughput(stages)).toEqual({ output: 9, bottleneck: 'sales' });
    stages = raise(stages, 'sales', 12);
    expect(throughput(stages)).toEqual({ output: 10, bottleneck: 'machine 3' });
    stages = raise(stages, 'machine 3', 14);
    expect(throughput(stages)).toEqual({ output: 11, bottleneck: 'market' });
  });

  it('rejects an unknown stage and an empty chain', () => {
    expect(() => raise([{ name: 'a', capacity: 1 }], 'b', 2)).toThrow('unknown stage "b": stages are a');
    expect(() => throughput([])).toThrow('a chain needs at least one stage');
  });
});
