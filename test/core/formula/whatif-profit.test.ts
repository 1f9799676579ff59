import { describe, expect, it } from 'vitest';
import { getPreset, goalSeek, whatIf, whatIfInputs, WhatIfError } from '../../../src/core/formula/index.ts';

// A shop typed in by hand, every figure worked out on paper:
//   revenue = L·C·Pu·D·Q = 1000 · 0.2 · 500 · 2 · 1.5 = 300 000
//   gross   = revenue · M = 300 000 · 0.4              = 120 000
//   profit  = gross − spend − sga − other = 120 000 − 30 000 − 50 000 − 10 000 = 30 000
const LEVERS = { L: 1000, C: 0.2, Pu: 500, D: 2, Q: 1.5, M: 0.4 };
const COSTS = { spend: 30_000, sga: 50_000, other: 10_000 };

describe('what-if gives no profit (issue 13 §1)', () => {
  const tree = getPreset('profit');

  it('what-if gives profit from lever values with spend and fixed costs as inputs', () => {
    expect(whatIfInputs(tree)).toEqual({
      levers: ['L', 'C', 'Pu', 'D', 'Q', 'M'],
      others: ['spend', 'sga', 'other'],
      profitOnly: ['spend', 'sga', 'other'],
    });
    const w = whatIf(tree, { ...LEVERS, ...COSTS });
    expect(w.revenue).toBeCloseTo(300_000, 6);
    expect(w.values['gross']).toBeCloseTo(120_000, 6);
    expect(w.profit).toBeCloseTo(30_000, 6);
    expect(w.profitMissing).toEqual([]);
  });

  it('what-if without the costs names them instead of a bare "no profit"', () => {
    const w = whatIf(tree, LEVERS);
    expect(w.revenue).toBeCloseTo(300_000, 6);
    expect(w.profit).toBeNull();
    expect(w.profitMissing).toEqual(['spend', 'sga', 'other']);
    const partial = whatIf(tree, { ...LEVERS, spend: 30_000 });
    expect(partial.profitMissing).toEqual(['sga', 'other']);
  });

  it('profit goal seek from lever values: every lever by one factor', () => {
    const w = whatIf(tree, { ...LEVERS, ...COSTS });
    // 120 000 · k⁶ − 90 000 = 60 000  →  k = 1.25^(1/6)
    const r = goalSeek({ tree, values: w.values, node: 'profit', target: 60_000 });
    expect(r.from).toBeCloseTo(30_000, 6);
    expect(r.value).toBeCloseTo(60_000, 6);
    expect(r.factor).toBeCloseTo(1.25 ** (1 / 6), 12);
    expect(r.levers.map((m) => m.lever)).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'M']);
  });

  it('profit goal seek from lever values: one lever alone, costs held', () => {
    const w = whatIf(tree, { ...LEVERS, ...COSTS });
    // 300 000 · M − 90 000 = 60 000  →  M = 0.5 (+25 %)
    const m = goalSeek({ tree, values: w.values, node: 'profit', target: 60_000, mode: { lever: 'M' } });
    expect(m.levers[0]?.to).toBeCloseTo(0.5, 12);
    expect(m.levers[0]?.changePct).toBeCloseTo(25, 9);
    // 0.4 · R − 90 000 = 60 000 → R = 375 000 → C = 375 000 / (1000 · 500 · 2 · 1.5) = 0.25
    const c = goalSeek({ tree, values: w.values, node: 'profit', target: 60_000, mode: { lever: 'C' } });
    expect(c.levers[0]?.to).toBeCloseTo(0.25, 12);
  });

  it('profit goal seek without the costs says which inputs are missing, in both languages', () => {
    const w = whatIf(tree, LEVERS);
    const run = () => goalSeek({ tree, values: w.values, node: 'profit', target: 60_000 });
    expect(run).toThrow(WhatIfError);
    try {
      run();
    } catch (e) {
      const text = (e as WhatIfError).text;
      expect(text.en).toBe(
        'target 60000 for "profit": "profit" needs a value for Marketing spend (spend), SG&A (sga), Other costs (other); give them with the lever values',
      );
      expect(text.ru).toContain('Маркетинговые расходы (spend)');
      expect(text.ru).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
    }
  });
});
