import { describe, expect, it } from 'vitest';
import { evaluate, getPreset, goalSeek } from '../../../src/core/formula/index.ts';
import { SHOP1 } from './fixtures.ts';

describe('goal seek', () => {
  it('equal: a pure product needs (target / current)^(1/n) on every lever', () => {
    const tree = getPreset('lcpq');
    const r = goalSeek({ tree, values: evaluate(tree, SHOP1), target: 663.552 });
    expect(r.factor).toBeCloseTo(1.2, 10);
    expect(r.value).toBeCloseTo(663.552, 8);
    expect(r.levers.map((l) => l.lever)).toEqual(['L', 'C', 'P', 'Q']);
    expect(r.levers[1]).toMatchObject({ lever: 'C', from: 0.4 });
    expect(r.levers[1]?.to).toBeCloseTo(0.48, 10);
    expect(r.levers[1]?.changePct).toBeCloseTo(20, 8);
  });

  it('one lever: conversion alone to reach 400', () => {
    const tree = getPreset('lcpudq');
    const r = goalSeek({ tree, values: evaluate(tree, SHOP1), target: 400, mode: { lever: 'C' } });
    expect(r.levers).toHaveLength(1);
    expect(r.levers[0]?.to).toBeCloseTo(0.5, 10);
    expect(r.value).toBeCloseTo(400, 8);
  });

  it('profit with fixed costs: solved on the tree, not by a power', () => {
    const tree = getPreset('profit');
    const values = evaluate(tree, SHOP1);
    const r = goalSeek({ tree, values, node: 'profit', target: 200 });
    expect(r.from).toBeCloseTo(100, 9);
    expect(r.value).toBeCloseTo(200, 8);
    // 200 · k^6 − 100 = 200 → k = 1.5^(1/6)
    expect(r.factor).toBeCloseTo(1.5 ** (1 / 6), 10);
  });

  it('lowering works too', () => {
    const tree = getPreset('lcpq');
    const r = goalSeek({ tree, values: evaluate(tree, SHOP1), target: 160, mode: { lever: 'Q' } });
    expect(r.levers[0]?.to).toBeCloseTo(1, 10);
    expect(r.levers[0]?.changePct).toBeCloseTo(-50, 8);
  });

  it('says when a target is out of reach or a lever does not drive the node', () => {
    const tree = getPreset('lcpq');
    const values = evaluate(tree, SHOP1);
    expect(() => goalSeek({ tree, values, target: -5 })).toThrow(
      'target -5 for "revenue" is unreachable by scaling the levers',
    );
    expect(() => goalSeek({ tree, values, target: 500, mode: { lever: 'M' } })).toThrow(
      'lever "M" does not drive "revenue" in tree "lcpq": use L, C, P, Q',
    );
  });
});
