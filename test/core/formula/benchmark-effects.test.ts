import { describe, expect, it } from 'vitest';
import {
  benchmarkEffects,
  costsHeldAtZero,
  evaluate,
  getPreset,
  leverTable,
  stepEffects,
} from '../../../src/core/formula/index.ts';

// Four stores alike in L, C, D, Q (100 leads, 10 buyers, 10 orders, 10 items); Pu 100..400, M 0.4..0.7.
const profit = getPreset('profit');
const measures = (sales: number, cogs: number) => ({
  leads: 100,
  buyers: 10,
  orders: 10,
  items: 10,
  revenue: sales,
  cogs,
  spend: 100,
  sga: 100,
  other_costs: 0,
});
const SALES: [string, number, number][] = [
  ['A', 1000, 600],
  ['B', 2000, 1000],
  ['C', 3000, 1200],
  ['D', 4000, 1200],
];
const stores = SALES.map(([key, sales, cogs]) => ({ key, values: evaluate(profit, measures(sales, cogs)) }));
const REVENUE_LEVERS = ['L', 'C', 'Pu', 'D', 'Q'];

describe('levers tornado: what raising each lever to the benchmark is worth (issue 13 follow-up 1)', () => {
  it('levers tornado: a revenue lever is worth its gain × the segment’s M, M is worth revenue × (benchmark M − M)', () => {
    const r = benchmarkEffects(profit, stores, REVENUE_LEVERS);
    expect(r.measure).toBe('profit');
    const by = Object.fromEntries(r.effects.map((e) => [e.lever, e]));
    // Pu: p75 of 100, 200, 300, 400 = 325. A 1000·(325/100 − 1)·0.4 = 900, B 2000·0.625·0.5 = 625,
    // C 3000·(1/12)·0.6 = 150; D is above. Σ 1675.
    expect(by.Pu?.p75).toBeCloseTo(325, 9);
    expect(by.Pu?.segments.map((s) => [s.key, Math.round(s.effect * 1e6) / 1e6])).toEqual([
      ['A', 900],
      ['B', 625],
      ['C', 150],
    ]);
    expect(by.Pu?.effect).toBeCloseTo(1675, 6);
    // M: p75 of 0.4, 0.5, 0.6, 0.7 = 0.625. A 1000·0.225 = 225, B 2000·0.125 = 250, C 3000·0.025 = 75.
    expect(by.M?.p75).toBeCloseTo(0.625, 12);
    expect(by.M?.effect).toBeCloseTo(550, 6);
    // Levers alike in every store lag nowhere: worth nothing at the benchmark.
    for (const l of ['L', 'C', 'D', 'Q']) expect(by[l]?.effect).toBe(0);
    // Largest first: the bars are sorted.
    expect(r.effects.map((e) => e.lever).slice(0, 2)).toEqual(['Pu', 'M']);
  });

  it('levers tornado: without a margin lever the effect is the revenue gain', () => {
    const tree = getPreset('lcpudq');
    const segs = SALES.map(([key, sales, cogs]) => ({ key, values: evaluate(tree, measures(sales, cogs)) }));
    const r = benchmarkEffects(tree, segs, REVENUE_LEVERS);
    expect(r.measure).toBe('revenue');
    // Pu: 2250 + 1250 + 250.
    expect(r.effects[0]?.lever).toBe('Pu');
    expect(r.effects[0]?.effect).toBeCloseTo(3750, 6);
  });

  it('levers tornado: +20 % on any one lever is one bar when every lever gives the same, all together another', () => {
    const table = leverTable(profit, stores[0]!.values, 0.2);
    // Gross margin 1000 − 600 = 400; +20 % on any lever (M included) adds 80; all six: 400·(1.2⁶ − 1).
    const bars = stepEffects(table, 'profit');
    expect(bars.map((b) => b.lever)).toEqual(['any', 'all']);
    expect(bars[0]?.effect).toBeCloseTo(80, 6);
    expect(bars[1]?.effect).toBeCloseTo(400 * (1.2 ** 6 - 1), 6);
  });

  it('levers tornado: levers that move profit differently keep a bar each', () => {
    const table = leverTable(profit, stores[0]!.values, 0.2);
    const bent = {
      ...table,
      rows: table.rows.map((r) => (r.lever === 'M' ? { ...r, profit: r.profit! + 5 } : r)),
    };
    expect(stepEffects(bent, 'profit').map((b) => b.lever)).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'M', 'all']);
  });

  it('levers tornado: the step’s profit effect is told without the cost files (fixed costs are held, so they cancel)', () => {
    const noCosts = evaluate(profit, { ...measures(1000, 600), spend: null, sga: null, other_costs: null });
    expect(noCosts['profit']).toBeNull();
    // As the lever table was: no profit, no effect.
    expect(stepEffects(leverTable(profit, noCosts, 0.2), 'profit').every((b) => b.effect === null)).toBe(
      true,
    );
    const bars = stepEffects(leverTable(profit, costsHeldAtZero(profit, noCosts), 0.2), 'profit');
    expect(bars.map((b) => b.lever)).toEqual(['any', 'all']);
    expect(bars[0]?.effect).toBeCloseTo(80, 6);
    expect(bars[1]?.effect).toBeCloseTo(400 * (1.2 ** 6 - 1), 6);
    // Known costs are left as they are.
    expect(costsHeldAtZero(profit, stores[0]!.values)).toBe(stores[0]!.values);
  });
});
