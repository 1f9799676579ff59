import { describe, expect, it } from 'vitest';
import { evaluate, getPreset, reevaluate } from '../../../src/core/formula/index.ts';
import { SHOP1 } from './fixtures.ts';

describe('evaluate', () => {
  it('computes every node of lcpudq from measures', () => {
    const v = evaluate(getPreset('lcpudq'), SHOP1);
    expect(v).toMatchObject({ L: 100, C: 0.4, Q: 2, D: 2, Pu: 2, sales: 320 });
    expect(v.revenue).toBeCloseTo(320, 10);
  });

  it('computes profit down from revenue', () => {
    const v = evaluate(getPreset('profit'), SHOP1);
    expect(v.M).toBeCloseTo(0.625, 12);
    expect(v.gross).toBeCloseTo(200, 10);
    expect(v.profit).toBeCloseTo(100, 10);
  });

  it('division by zero is null, and so is everything above it', () => {
    const v = evaluate(getPreset('lcpudq'), { ...SHOP1, leads: 0 });
    expect(v.C).toBeNull();
    expect(v.revenue).toBeNull();
    expect(evaluate(getPreset('lcpudq'), { ...SHOP1, leads: 0, buyers: 0 }).C).toBeNull();
  });

  it('a missing or null measure is null, never 0', () => {
    const measures: Record<string, number | null> = { ...SHOP1, orders: null };
    delete measures.items;
    const v = evaluate(getPreset('lcpudq'), measures);
    expect(v.items).toBeNull();
    expect(v.Q).toBeNull();
    expect(v.D).toBeNull();
    expect(v.C).toBe(0.4);
  });

  it('an override replaces a node without computing its children', () => {
    const v = evaluate(getPreset('lcpudq'), SHOP1, { C: 0.5 });
    expect(v.C).toBe(0.5);
    expect(v.buyers).toBe(40);
    expect(v.revenue).toBeCloseTo(400, 10);
  });

  it('an override for an unknown node is an error', () => {
    expect(() => evaluate(getPreset('lcpq'), SHOP1, { X: 1 })).toThrow(
      'override for unknown node "X" in tree "lcpq"',
    );
  });

  it('reevaluate keeps fixed costs at their base values', () => {
    const tree = getPreset('profit');
    const base = evaluate(tree, SHOP1);
    const v = reevaluate(tree, base, { L: 120 });
    expect(v.revenue).toBeCloseTo(384, 10);
    expect(v.profit).toBeCloseTo(384 * 0.625 - 100, 10);
  });
});
