import { describe, expect, it } from 'vitest';
import {
  bgnbdPAlive,
  customerValue,
  gammaGammaExpectedValue,
  minimise,
} from '../../../src/core/clv/index.ts';

const bg = { r: 0.2426, alpha: 4.414, a: 0.793, b: 2.426 };
const gg = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('per-customer outputs', () => {
  it('counts a customer with no repeat purchase as alive', () => {
    expect(bgnbdPAlive(bg, { x: 0, tx: 0, T: 38.86, m: 0 })).toBe(1);
  });

  it('makes a long silence after frequent buying look like dropout', () => {
    const recent = bgnbdPAlive(bg, { x: 5, tx: 38, T: 39, m: 20 });
    const silent = bgnbdPAlive(bg, { x: 5, tx: 5, T: 39, m: 20 });
    // BG/NBD caps P(alive) of a repeat buyer at 1 / (1 + a / (b + x − 1)), here 0.89.
    expect(recent).toBeGreaterThan(0.85);
    expect(silent).toBeLessThan(0.2);
  });

  it('shrinks the expected average value towards the population mean', () => {
    const population = (gg.p * gg.gamma) / (gg.q - 1);
    const v = gammaGammaExpectedValue(gg, 1, 100);
    expect(v).toBeLessThan(100);
    expect(v).toBeGreaterThan(population);
    expect(gammaGammaExpectedValue(gg, 1000, 100)).toBeCloseTo(100, 0);
  });

  it('discounts and applies the margin', () => {
    const c = { x: 3, tx: 30, T: 39, m: 30 };
    const plain = customerValue(bg, gg, c, { horizon: 52, margin: 1, discountRate: 0 });
    expect(plain.clv).toBeCloseTo(plain.expectedPurchases * plain.expectedAverageValue, 8);
    const real = customerValue(bg, gg, c, { horizon: 52, margin: 0.3, discountRate: 0.002 });
    expect(real.clv).toBeLessThan(0.3 * plain.clv);
    expect(real.clv).toBeGreaterThan(0.25 * plain.clv);
  });
});

describe('minimise', () => {
  it('finds the Rosenbrock minimum and says it converged', () => {
    const f = (v: number[]) => 100 * (v[1]! - v[0]! ** 2) ** 2 + (1 - v[0]!) ** 2;
    const res = minimise(f, [-1.2, 1]);
    expect(res.convergence).toBe('converged');
    expect(res.x[0]).toBeCloseTo(1, 4);
    expect(res.x[1]).toBeCloseTo(1, 4);
  });

  it('reports an exhausted iteration budget', () => {
    const f = (v: number[]) => 100 * (v[1]! - v[0]! ** 2) ** 2 + (1 - v[0]!) ** 2;
    expect(minimise(f, [-1.2, 1], { maxIterations: 10 }).convergence).toBe('max-iterations');
  });

  it('fails cleanly when the start is not finite', () => {
    expect(minimise(() => NaN, [0]).convergence).toBe('failed');
  });
});
