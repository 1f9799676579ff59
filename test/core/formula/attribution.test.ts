import { describe, expect, it } from 'vitest';
import {
  attribute,
  chain,
  evaluate,
  getPreset,
  lmdi,
  roundContributions,
  type AttributionInput,
  type AttributionResult,
  type FormulaTree,
} from '../../../src/core/formula/index.ts';
import { allocateKopecks, toKopecks } from '../../../src/core/money/index.ts';
import { SHOP1 } from './fixtures.ts';
import { prng } from './prng.ts';

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

function ok(result: ReturnType<typeof attribute>): AttributionResult {
  if (!result.ok) throw new Error(result.message);
  return result;
}

const lcpudq = getPreset('lcpudq');
const AFTER = {
  leads: 130,
  buyers: 47,
  orders: 99,
  items: 210,
  revenue: 451.35,
  cogs: 160,
  spend: 35,
  sga: 50,
  other_costs: 25,
};
const input = (tree: FormulaTree = lcpudq, target?: string): AttributionInput => ({
  tree,
  before: evaluate(tree, SHOP1),
  after: evaluate(tree, AFTER),
  ...(target ? { target } : {}),
});

describe('LMDI', () => {
  it('splits the revenue change among the five levers with no residual', () => {
    const r = ok(lmdi(input()));
    expect(Object.keys(r.contributions)).toEqual(['L', 'C', 'Pu', 'D', 'Q']);
    expect(r.change).toBeCloseTo(131.35, 9);
    expect(Math.abs(sum(r.contributions) - r.change)).toBeLessThan(1e-9 * Math.abs(r.change));
  });

  it('gives a lever whose value did not move nothing', () => {
    const r = ok(
      lmdi({
        ...input(),
        after: evaluate(lcpudq, { ...SHOP1, leads: 150, buyers: 60, orders: 120, items: 240, revenue: 480 }),
      }),
    );
    expect(r.contributions.L).toBeCloseTo(160, 9);
    expect(r.contributions.C).toBeCloseTo(0, 12);
  });

  it('does not depend on the order of levers or children', () => {
    const shuffled: FormulaTree = {
      ...lcpudq,
      levers: ['Q', 'D', 'Pu', 'C', 'L'],
      nodes: lcpudq.nodes.map((n) =>
        n.id === 'revenue' && n.kind !== 'measure' ? { ...n, of: [...n.of].reverse() } : n,
      ),
    };
    const a = ok(lmdi(input())).contributions;
    const b = ok(lmdi(input(shuffled))).contributions;
    for (const k of Object.keys(a)) expect(b[k]).toBeCloseTo(a[k] as number, 12);
  });

  it('splits profit into levers and the fixed costs, still summing to the change', () => {
    const r = ok(lmdi(input(getPreset('profit'), 'profit')));
    expect(r.levers).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'M']);
    expect(r.others).toEqual(['spend', 'sga', 'other']);
    expect(r.contributions.spend).toBeCloseTo(-5, 12);
    expect(r.contributions.sga).toBe(0);
    expect(Math.abs(sum(r.contributions) - r.change)).toBeLessThan(1e-9 * Math.abs(r.change));
  });

  it('sums exactly to the change after kopeck allocation', () => {
    const r = ok(lmdi(input(getPreset('profit'), 'profit')));
    const rounded = roundContributions(r);
    const kopecks = Object.values(rounded).map((v) => Math.round(v * 100));
    expect(kopecks.reduce((a, b) => a + b, 0)).toBe(toKopecks(r.change));
  });

  it('fails with a typed reason on a non-positive value, and falls back to chain with a note', () => {
    const bad = { ...input(getPreset('profit'), 'profit') };
    bad.after = evaluate(bad.tree, { ...AFTER, cogs: 500 });
    const r = lmdi(bad);
    expect(r).toMatchObject({ ok: false, reason: 'non-positive', nodes: ['gross'] });
    const f = ok(attribute(bad));
    expect(f.method).toBe('chain');
    expect(f.note).toContain('LMDI needs positive values, but gross is zero or negative');
    expect(attribute(bad, { fallback: false }).ok).toBe(false);
  });

  it('reports missing data instead of NaN', () => {
    const r = lmdi({ ...input(), after: evaluate(lcpudq, { ...AFTER, items: null }) });
    expect(r).toMatchObject({ ok: false, reason: 'no-data' });
    expect(!r.ok && r.nodes).toEqual(['Pu', 'D']);
  });

  it('keeps the sum invariant over random positive levers (seeded)', () => {
    const rnd = prng(20240611);
    const tree = getPreset('lcpq');
    for (let i = 0; i < 200; i++) {
      const levers = () => ({
        L: 1 + rnd() * 5000,
        C: 0.01 + rnd(),
        P: 1 + rnd() * 9000,
        Q: 0.5 + rnd() * 4,
      });
      const before = evaluate(tree, {}, levers());
      const after = evaluate(tree, {}, levers());
      for (const method of ['lmdi', 'chain']) {
        const r = ok(attribute({ tree, before, after }, { method }));
        expect(Math.abs(sum(r.contributions) - r.change)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(r.change)),
        );
        const k = allocateKopecks(Object.values(r.contributions), r.change);
        expect(k.reduce((a, b) => a + b, 0)).toBe(toKopecks(r.change));
      }
    }
  });
});

describe('chain substitution', () => {
  it('telescopes exactly and depends on the order', () => {
    const a = ok(chain(input()));
    const b = ok(chain({ ...input(), order: ['Q', 'D', 'Pu', 'C', 'L'] }));
    expect(sum(a.contributions)).toBeCloseTo(a.change, 9);
    expect(sum(b.contributions)).toBeCloseTo(b.change, 9);
    expect(a.contributions.L).toBeCloseTo(30 * 0.4 * 2 * 2 * 2, 9);
    expect(b.contributions.L).not.toBeCloseTo(a.contributions.L as number, 3);
  });

  it('rejects an order naming a non-lever', () => {
    expect(() => chain({ ...input(), order: ['L', 'X'] })).toThrow(
      'chain order names "X", not inputs of "revenue"',
    );
  });
});

describe('attribute', () => {
  it('resolves strategies by name and rejects unknown ones', () => {
    expect(ok(attribute(input(), { method: 'chain' })).method).toBe('chain');
    expect(ok(attribute(input())).method).toBe('lmdi');
    expect(() => attribute(input(), { method: 'shapley' })).toThrow(
      'invalid attribution method "shapley": use lmdi or chain',
    );
  });
});
