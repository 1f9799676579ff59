import { describe, expect, it } from 'vitest';
import {
  assertWeightsSumToOne,
  pay,
  resolvePayoutRule,
  type Direction,
  type PayoutRule,
} from '../../../src/core/kpi/index.ts';

/** mulberry32: a seeded stream so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random rule with its plan and direction, bounds in a valid order. */
function randomCase(r: () => number): { rule: PayoutRule; plan: number; direction: Direction } {
  const direction: Direction = r() < 0.5 ? 'higher' : 'lower';
  const plan = 1 + r() * 1000;
  if (r() < 0.5) {
    const floor = r();
    return { rule: resolvePayoutRule({ rule: 'corridor', floor, cap: floor + r() * 2 }), plan, direction };
  }
  const s = direction === 'higher' ? 1 : -1;
  const [base, target] = [plan * (1 - s * (0.05 + r() * 0.5)), plan * (1 + s * r() * 0.5)];
  const spec = { rule: 'base-norm-target', base, norm: plan, target, cap: 1 + r() };
  return { rule: resolvePayoutRule(spec, direction), plan, direction };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);

describe('payout rules, property tests (seeded)', () => {
  it.each(SEEDS)('is monotone in the fact (better fact never pays less), seed %i', (seed) => {
    const r = rng(seed);
    const c = randomCase(r);
    const facts = Array.from({ length: 40 }, () => 0.01 + r() * c.plan * 3).sort((a, b) => a - b);
    if (c.direction === 'lower') facts.reverse(); // ordered worse → better
    const paid = facts.map((f) => pay(c.rule, c.plan, f, c.direction).paid!);
    for (let i = 1; i < paid.length; i++) expect(paid[i]!).toBeGreaterThanOrEqual(paid[i - 1]! - 1e-12);
  });

  it.each(SEEDS)('pays zero under the floor and a flat cap above it, seed %i', (seed) => {
    const r = rng(seed);
    const c = randomCase(r);
    const { rule, plan, direction } = c;
    const toward = (ratio: number): number => (direction === 'higher' ? plan * ratio : plan / ratio);
    if (rule.rule === 'corridor') {
      if (rule.floor > 0.01) expect(pay(rule, plan, toward(rule.floor * 0.99), direction).paid).toBe(0);
      const over = [1.01, 1.5, 3].map((m) => pay(rule, plan, toward(rule.cap * m), direction).paid);
      expect(over).toEqual([rule.cap, rule.cap, rule.cap]);
    } else {
      const s = direction === 'higher' ? 1 : -1;
      expect(pay(rule, plan, rule.base - s * 0.001, direction).paid).toBe(0);
      for (const d of [0, 1, 100])
        expect(pay(rule, plan, rule.target + s * d, direction).paid).toBe(rule.cap);
      expect(pay(rule, plan, rule.norm, direction).paid).toBeCloseTo(1, 12);
    }
  });

  it.each(SEEDS)('accepts weights summing to 1 and rejects others, seed %i', (seed) => {
    const r = rng(seed);
    const raw = Array.from({ length: 2 + Math.floor(r() * 4) }, () => 0.05 + r());
    const sum = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => w / sum);
    expect(() => assertWeightsSumToOne(weights, 'x')).not.toThrow();
    const off = [...weights.slice(1), (weights[0] ?? 0) + 0.01];
    expect(() => assertWeightsSumToOne(off, 'x')).toThrow(/sum to 1\.01, not 1/);
  });
});

describe('the base/norm/target curve, by hand', () => {
  const rule = resolvePayoutRule({ rule: 'base-norm-target', base: 80, norm: 100, target: 120, cap: 1.5 });
  it.each([
    [79, 0],
    [80, 0],
    [90, 0.5], // halfway base → norm: 50%
    [100, 1],
    [110, 1.25], // halfway norm → target: 100% + (150% − 100%) / 2
    [120, 1.5],
    [200, 1.5],
  ])('fact %d pays %d', (fact, paid) => {
    expect(pay(rule, 100, fact, 'higher').paid).toBeCloseTo(paid, 12);
  });

  it('reverses for lower-is-better: CPA base 600, norm 500, target 400 ₽', () => {
    const cpa = resolvePayoutRule(
      { rule: 'base-norm-target', base: 600, norm: 500, target: 400, cap: 1.2 },
      'lower',
    );
    expect(pay(cpa, 500, 650, 'lower').paid).toBe(0);
    expect(pay(cpa, 500, 550, 'lower').paid).toBeCloseTo(0.5, 12);
    expect(pay(cpa, 500, 450, 'lower')).toEqual({ completion: 500 / 450, paid: 1.1 });
    expect(pay(cpa, 500, 300, 'lower').paid).toBe(1.2);
  });

  it('names unknown rules and wrongly ordered bounds', () => {
    expect(() => resolvePayoutRule({ rule: 'linear' })).toThrow(
      'unknown payout rule "linear": use corridor, base-norm-target',
    );
    expect(() =>
      resolvePayoutRule({ rule: 'base-norm-target', base: 100, norm: 80, target: 120, cap: 1 }),
    ).toThrow('need base < norm ≤ target');
    expect(() => resolvePayoutRule({ rule: 'corridor', floor: 0.7 })).toThrow('needs a number "cap"');
  });
});
