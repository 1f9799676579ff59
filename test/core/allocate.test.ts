import { describe, expect, it } from 'vitest';
import { allocate, allocateKopecks, roundMoney, toKopecks } from '../../src/core/money/index.ts';
import { prng } from './formula/prng.ts';

describe('money rounding', () => {
  it('rounds half away from zero, despite binary floats', () => {
    expect(roundMoney(2.345)).toBe(2.35);
    expect(roundMoney(-2.345)).toBe(-2.35);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(toKopecks(0.1 + 0.2)).toBe(30);
  });

  it('JSON revenue keeps its kopecks from 10¹³ ₽ (issue 12, §6: no cut to 15 significant digits)', () => {
    expect(toKopecks(12_345_678_901_234.56)).toBe(1_234_567_890_123_456);
    expect(roundMoney(12_345_678_901_234.56)).toBe(12_345_678_901_234.56);
    expect(toKopecks(-12_345_678_901_234.56)).toBe(-1_234_567_890_123_456);
    expect(toKopecks(10_000_000_000_000.01)).toBe(1_000_000_000_000_001);
    expect(roundMoney(1_234_567_890_123.45)).toBe(1_234_567_890_123.45);
    // A computed amount past 10¹² ₽ still rounds half away from zero on its third decimal.
    expect(toKopecks(6_172_839_450_617.285)).toBe(617_283_945_061_729);
    // Every two-decimal amount below 2⁴⁶ ₽ (≈ 7·10¹³ ₽), where doubles are under a kopeck apart.
    const random = prng(12);
    for (let i = 0; i < 2000; i++) {
      const kopecks = Math.floor(random() * 2 ** 46 * 100);
      expect(toKopecks(kopecks / 100), String(kopecks)).toBe(kopecks);
    }
    // Beyond 10²¹ JS writes an exponent; the amount is whole roubles.
    expect(toKopecks(1e21)).toBe(1e23);
  });
});

describe('largest remainder allocation', () => {
  it('gives leftover kopecks to the largest remainders', () => {
    // Exact 33.333… each; total 100.00 → one part gets the extra kopeck, the earliest on a tie.
    expect(allocateKopecks([100 / 3, 100 / 3, 100 / 3])).toEqual([3334, 3333, 3333]);
    expect(allocateKopecks([0.004, 0.004, 0.004])).toEqual([1, 0, 0]);
    expect(allocateKopecks([1.236, 2.115, -0.351])).toEqual([124, 211, -35]);
  });

  it('sums exactly to the rounded total, for random parts (seeded)', () => {
    const rnd = prng(7);
    for (let i = 0; i < 500; i++) {
      const parts = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => (rnd() - 0.4) * 10_000);
      const total = parts.reduce((a, b) => a + b, 0);
      const k = allocateKopecks(parts, total);
      expect(k.reduce((a, b) => a + b, 0)).toBe(toKopecks(total));
      k.forEach((v, j) => expect(Math.abs(v - (parts[j] as number) * 100)).toBeLessThan(1 + 1e-9));
    }
  });

  it('keeps names and returns roubles', () => {
    expect(allocate({ L: 10.005, C: 5.005 })).toEqual({ L: 10.01, C: 5 });
  });
});
