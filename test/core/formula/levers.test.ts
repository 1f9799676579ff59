import { describe, expect, it } from 'vitest';
import { evaluate, getPreset, leverTable } from '../../../src/core/formula/index.ts';
import { SHOP1 } from './fixtures.ts';

describe('lever table (20-20-20-20)', () => {
  it('lcpq: each lever +20% gives +20%, all four give ×2.0736 (+107.36%)', () => {
    const tree = getPreset('lcpq');
    const t = leverTable(tree, evaluate(tree, SHOP1));
    expect(t.rows.map((r) => r.lever)).toEqual(['L', 'C', 'P', 'Q', 'all']);
    for (const r of t.rows.slice(0, 4)) expect(r.revenueChangePct).toBeCloseTo(20, 9);
    const all = t.rows.at(-1);
    expect(all?.revenue).toBeCloseTo(320 * 2.0736, 9);
    expect(all?.revenueChangePct).toBeCloseTo(107.36, 9);
    expect(all?.profit).toBeNull();
  });

  it('lcpudq: all five levers give ×1.2^5', () => {
    const tree = getPreset('lcpudq');
    const all = leverTable(tree, evaluate(tree, SHOP1)).rows.at(-1);
    expect(all?.revenue).toBeCloseTo(320 * 1.2 ** 5, 9);
  });

  it('raising L does not lower C = buyers / L', () => {
    const tree = getPreset('lcpudq');
    const row = leverTable(tree, evaluate(tree, SHOP1)).rows[0];
    expect(row).toMatchObject({ lever: 'L', step: 0.2 });
    expect(row?.revenue).toBeCloseTo(384, 9);
  });

  it('profit: fixed costs stay fixed, so profit grows faster than revenue (operating leverage)', () => {
    const tree = getPreset('profit');
    const t = leverTable(tree, evaluate(tree, SHOP1));
    expect(t.base.profit).toBeCloseTo(100, 9);
    const l = t.rows[0];
    // Revenue +20% → gross 240, costs still 100 → profit 140: +40%.
    expect(l?.revenueChangePct).toBeCloseTo(20, 9);
    expect(l?.profitChangePct).toBeCloseTo(40, 9);
    const m = t.rows.find((r) => r.lever === 'M');
    expect(m?.revenueChangePct).toBeCloseTo(0, 9);
    expect(m?.profitChangePct).toBeCloseTo(40, 9);
    for (const r of t.rows.filter((x) => x.lever !== 'M')) {
      expect(r.profitChangePct as number).toBeGreaterThan(r.revenueChangePct as number);
    }
  });

  it('takes another step', () => {
    const tree = getPreset('lcpq');
    const t = leverTable(tree, evaluate(tree, SHOP1), 0.1);
    expect(t.rows[0]?.revenueChangePct).toBeCloseTo(10, 9);
  });
});
