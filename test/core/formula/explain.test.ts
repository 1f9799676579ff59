import { describe, expect, it } from 'vitest';
import { evaluate, explainNode, explainTree, getPreset } from '../../../src/core/formula/index.ts';

const NBSP = '\u00a0';

describe('explain', () => {
  const tree = getPreset('lcpudq');
  const values = evaluate(tree, { leads: 1030, buyers: 412, orders: 824, items: 1648, revenue: 3296 });

  it('shows a ratio with its numbers in Russian formatting', () => {
    expect(explainNode(tree, values, 'C', 'ru-RU')).toBe(`C = buyers / L = 412 / 1${NBSP}030 = 0,4`);
  });

  it('and in English', () => {
    expect(explainNode(tree, values, 'C', 'en-US')).toBe('C = buyers / L = 412 / 1,030 = 0.4');
  });

  it('explains products and measures', () => {
    const all = explainTree(tree, values, 'en-US');
    expect(all.revenue).toBe('revenue = L × C × Pu × D × Q = 1,030 × 0.4 × 2 × 2 × 2 = 3,296');
    expect(all.L).toBe('L = 1,030 — measure "leads" from the data');
    expect(explainTree(tree, values, 'ru-RU').L).toBe(`L = 1${NBSP}030 — мера «leads» из данных`);
  });

  it('says why a value is missing', () => {
    const v = evaluate(tree, { leads: 0, buyers: 0, orders: 5, items: null, revenue: 10 });
    expect(explainNode(tree, v, 'C', 'en-US')).toBe('C = buyers / L = 0 / 0 = no data (division by zero)');
    expect(explainNode(tree, v, 'D', 'ru-RU')).toBe(
      'D = items / orders = нет данных / 5 = нет данных (нет данных: items)',
    );
  });

  it('marks overridden nodes', () => {
    const v = evaluate(tree, {}, { C: 0.5 });
    expect(explainNode(tree, v, 'C', 'en-US', ['C'])).toBe('C = 0.5 — set directly (buyers / L)');
  });
});
