import { describe, expect, it } from 'vitest';
import { evaluate, getPreset, leverTable, supportedTree } from '../../../src/core/formula/index.ts';

// One period of a shop with orders only: no leads, so L (and C = buyers / L) have no data.
const ordersOnly = { revenue: 1_200_000, orders: 400, buyers: 250, items: 1000, leads: null };

describe('the tree the data supports (orders only)', () => {
  it('orders only: buyers stands in for L × C, and revenue = buyers × Pu × D × Q is the data revenue', () => {
    const tree = getPreset('lcpudq');
    const values = evaluate(tree, ordersOnly);
    expect(values['revenue']).toBeNull();
    const s = supportedTree(tree, [values]);
    expect(s.standIns).toEqual({ buyers: ['L', 'C'] });
    expect(s.tree.levers).toEqual(['buyers', 'Pu', 'D', 'Q']);
    const got = evaluate(s.tree, ordersOnly);
    // Pu × D × Q = sales/items × items/orders × orders/buyers, so the product telescopes to sales.
    expect(got['revenue']).toBeCloseTo(1_200_000, 6);
    expect(got['L']).toBeNull();
    // The original tree is left as it was: presets are shared by callers.
    expect(tree.levers).toEqual(['L', 'C', 'Pu', 'D', 'Q']);
  });

  it('orders only: the lever table raises buyers, Pu, D, Q and each +20 % gives +20 % revenue', () => {
    const s = supportedTree(getPreset('lcpq'), [evaluate(getPreset('lcpq'), ordersOnly)]);
    const table = leverTable(s.tree, evaluate(s.tree, ordersOnly), 0.2);
    expect(table.rows.map((r) => r.lever)).toEqual(['buyers', 'P', 'Q', 'all']);
    for (const r of table.rows.slice(0, 3)) expect(r.revenue).toBeCloseTo(1_440_000, 4);
    expect(table.rows[3]!.revenue).toBeCloseTo(1_200_000 * 1.2 ** 3, 4);
  });

  it('leaves the tree alone when every lever has data, or the missing ones do not cancel to one known figure', () => {
    const tree = getPreset('lcpudq');
    const full = evaluate(tree, { ...ordersOnly, leads: 900 });
    expect(supportedTree(tree, [full]).tree).toBe(tree);
    // No items column: Pu and D both miss; Pu × D = sales / orders would need a new node, so no stand-in.
    const noItems = evaluate(tree, { ...ordersOnly, items: null, leads: 900 });
    expect(supportedTree(tree, [noItems]).standIns).toEqual({});
    // Missing in one of two compared periods is missing for both: they must use one tree.
    const both = supportedTree(tree, [full, evaluate(tree, ordersOnly)]);
    expect(both.standIns).toEqual({ buyers: ['L', 'C'] });
  });
});
