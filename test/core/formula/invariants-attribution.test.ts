import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_METHODS,
  attribute,
  decompositionLeaves,
  evaluate,
  getPreset,
  PRESET_IDS,
  roundContributions,
  whatIfInputs,
} from '../../../src/core/formula/index.ts';
import { prng } from './prng.ts';

/**
 * Issue 13 §1, "attribution sums exactly to the change", for every model, including the ones
 * generated data cannot feed (subscription, hotel, services): each preset's levers and cost
 * leaves set to seeded random values, revenue and profit (which may turn negative: LMDI then
 * falls back to chain with a note) split by every method.
 */
describe('invariant: attribution sums exactly to the change, every model and method (core)', () => {
  for (const model of PRESET_IDS) {
    it(`attribution sums exactly to the change on ${model}, every method, revenue and profit`, () => {
      const tree = getPreset(model);
      const { levers, others } = whatIfInputs(tree);
      const targets = [tree.revenue, ...(tree.profit ? [tree.profit] : [])];
      const rnd = prng(13_001 + model.length);
      // Costs are a share of revenue (up to half each), so profit is sometimes negative.
      const draw = () => {
        const lv = Object.fromEntries(
          levers.map((l) => [
            l,
            tree.nodes.find((n) => n.id === l)?.unit === 'ratio' ? 0.01 + 0.98 * rnd() : 1 + rnd() * 500,
          ]),
        );
        const zero = Object.fromEntries(others.map((o) => [o, 0]));
        const revenue = evaluate(tree, {}, { ...lv, ...zero })[tree.revenue] as number;
        return { ...lv, ...Object.fromEntries(others.map((o) => [o, rnd() * 0.5 * revenue])) };
      };
      let negative = 0;
      let splits = 0;
      for (let i = 0; i < 100; i++) {
        const before = evaluate(tree, {}, draw());
        const after = evaluate(tree, {}, draw());
        if (tree.profit && ((before[tree.profit] as number) < 0 || (after[tree.profit] as number) < 0))
          negative++;
        for (const target of targets)
          for (const method of ATTRIBUTION_METHODS) {
            const r = attribute({ tree, before, after, target }, { method });
            expect(r.ok, JSON.stringify(r)).toBe(true);
            if (!r.ok) continue;
            const change = (after[target] as number) - (before[target] as number);
            expect(r.change).toBeCloseTo(change, 6);
            const parts = Object.values(r.contributions).reduce((a, b) => a + b, 0);
            expect(Math.abs(parts - change)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(change)));
            // Every leaf the target decomposes into gets its part, and nothing else does.
            const leaves = decompositionLeaves(tree, target);
            expect(Object.keys(r.contributions).sort()).toEqual([...leaves.levers, ...leaves.others].sort());
            const kopecks = Object.values(roundContributions(r)).reduce((a, c) => a + Math.round(c * 100), 0);
            expect(kopecks).toBe(Math.round(r.change * 100));
            splits++;
          }
      }
      expect(splits).toBe(100 * targets.length * ATTRIBUTION_METHODS.length);
      // Not vacuous: where the model has profit, some draws cross zero.
      if (tree.profit && others.length > 0) expect(negative).toBeGreaterThan(5);
    });
  }
});
