import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/generate/prng.ts';
import { gamma, pick, pickTable, poisson } from '../../src/generate/distributions.ts';
import { fastNormal } from '../../src/generate/normal-table.ts';

const take = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe('createRng', () => {
  it('repeats a stream for a seed and differs across seeds', () => {
    expect(take(7, 1000)).toEqual(take(7, 1000));
    expect(take(7, 10)).not.toEqual(take(8, 10));
  });

  it('draws uniformly from [0, 1)', () => {
    const xs = take(1, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
  });

  it('pins the first values so an accidental change of the generator is caught', () => {
    expect(take(42, 3).map((x) => x.toFixed(8))).toMatchInlineSnapshot(`
      [
        "0.66061572",
        "0.12688010",
        "0.11170196",
      ]
    `);
  });
});

describe('samplers', () => {
  it('pickTable honours weights', () => {
    const rng = createRng(3);
    const table = pickTable([1, 3]);
    let ones = 0;
    for (let i = 0; i < 40_000; i++) ones += pick(rng, table);
    expect(ones / 40_000).toBeCloseTo(0.75, 1);
  });

  it('gamma and poisson have the right means', () => {
    const rng = createRng(5);
    let g = 0;
    let p = 0;
    for (let i = 0; i < 20_000; i++) {
      g += gamma(rng, 0.7, 2);
      p += poisson(rng, 3) + poisson(rng, 100);
    }
    expect(g / 20_000).toBeCloseTo(1.4, 1);
    expect(p / 20_000 / 103).toBeCloseTo(1, 2);
  });

  it('fastNormal is standard normal', () => {
    const rng = createRng(9);
    const xs = Array.from({ length: 50_000 }, () => fastNormal(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
  });
});
