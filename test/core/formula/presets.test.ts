import { describe, expect, it } from 'vitest';
import {
  PRESET_IDS,
  evaluateFromLevers,
  getPreset,
  validateTree,
  whatIf,
} from '../../../src/core/formula/index.ts';

describe('presets', () => {
  it.each(PRESET_IDS)('%s is a valid tree with labels and descriptions on every node', (id) => {
    const tree = getPreset(id);
    expect(validateTree(tree)).toEqual([]);
    for (const n of tree.nodes) {
      expect(n.label.ru && n.label.en, n.id).toBeTruthy();
      expect(n.description?.ru && n.description.en, n.id).toBeTruthy();
    }
  });

  it('lcpudq has the five levers and sales is the revenue measure', () => {
    const tree = getPreset('lcpudq');
    expect(tree.levers).toEqual(['L', 'C', 'Pu', 'D', 'Q']);
    expect(tree.nodes.find((n) => n.id === 'sales')).toMatchObject({ kind: 'measure', measure: 'revenue' });
    expect(tree.nodes.find((n) => n.id === 'Pu')).toMatchObject({ kind: 'ratio', of: ['sales', 'items'] });
  });

  it('profit adds M and ends at profit', () => {
    const tree = getPreset('profit');
    expect(tree.levers).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'M']);
    expect(tree.profit).toBe('profit');
  });

  it('the three industry presets declare the measures they need', () => {
    expect(Object.keys(getPreset('subscription').measures ?? {})).toContain('idle_periods');
    expect(Object.keys(getPreset('hotel').measures ?? {})).toEqual(['nights']);
    expect(Object.keys(getPreset('services').measures ?? {})).toContain('hours_billed');
  });

  it('an unknown preset names the valid ones', () => {
    expect(() => getPreset('nope')).toThrow('unknown formula preset "nope": use lcpq, lcpudq, profit');
  });

  it('returns a fresh copy each time', () => {
    getPreset('lcpq').levers.push('X');
    expect(getPreset('lcpq').levers).toEqual(['L', 'C', 'P', 'Q']);
  });
});

describe('what-if: the two shops of the methodology', () => {
  it('shop 1 and shop 2 both make 320 with different levers', () => {
    const tree = getPreset('lcpudq');
    expect(whatIf(tree, { L: 100, C: 0.4, D: 2, Pu: 2, Q: 2 }).revenue).toBeCloseTo(320, 10);
    expect(whatIf(tree, { L: 50, C: 0.8, D: 1, Pu: 8, Q: 1 }).revenue).toBeCloseTo(320, 10);
  });

  it('lcpq gives 320 from the average check', () => {
    expect(whatIf(getPreset('lcpq'), { L: 100, C: 0.4, P: 4, Q: 2 }).revenue).toBeCloseTo(320, 10);
  });

  it('profit is given only when its inputs are', () => {
    const tree = getPreset('profit');
    const levers = { L: 100, C: 0.4, D: 2, Pu: 2, Q: 2, M: 0.5 };
    expect(whatIf(tree, levers).profit).toBeNull();
    expect(whatIf(tree, { ...levers, spend: 30, sga: 50, other: 20 }).profit).toBeCloseTo(60, 10);
  });

  it('names every missing lever', () => {
    expect(() => evaluateFromLevers(getPreset('lcpudq'), { L: 100, C: 0.4, Q: 2 })).toThrow(
      'cannot evaluate "revenue" of tree "lcpudq": missing lever values for Pu, D',
    );
  });
});
