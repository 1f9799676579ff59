import { describe, expect, it } from 'vitest';
import { distinctIndex } from '../../../src/core/clv/distinct-index.ts';
import { createRng } from '../../../src/generate/prng.ts';

describe('distinctIndex', () => {
  it('lists distinct values in order of first appearance and points every row at its own', () => {
    const values = Float64Array.from([3 / 7, 0, 1, 3 / 7, -0, 2.5, 1, NaN, NaN, 0]);
    const { distinct, at } = distinctIndex(values);
    expect([...distinct]).toEqual([3 / 7, 0, 1, 2.5, NaN]);
    expect([...at]).toEqual([0, 1, 2, 0, 1, 3, 2, 4, 4, 1]);
  });

  it('agrees with a Map on many values, past every resize of its table', () => {
    const rng = createRng(9);
    // Repeats (whole days in weeks) mixed with continuous values: 50k+ distinct in 200k rows.
    const values = Float64Array.from({ length: 200_000 }, (_, i) =>
      i % 3 === 0 ? rng() * 1000 : Math.floor(rng() * 2000) / 7,
    );
    const { distinct, at } = distinctIndex(values);
    const seen = new Map<number, number>();
    values.forEach((v) => seen.has(v) || seen.set(v, seen.size));
    expect(distinct.length).toBe(seen.size);
    expect([...distinct]).toEqual([...seen.keys()]);
    for (let i = 0; i < values.length; i++) expect(distinct[at[i]!]).toBe(values[i]);
  });

  it('keeps NaNs of different bits as one value in a large table', () => {
    const values = Float64Array.from({ length: 300_002 }, (_, i) => i + 0.5);
    const bits = new Uint32Array(values.buffer);
    // The last two: a NaN with the sign bit set (what 0/0 gives) and the NaN literal's bits.
    bits[2 * 300_000 + 1] = 0xfff80000;
    bits[2 * 300_000] = 0;
    bits[2 * 300_001 + 1] = 0x7ff80000;
    bits[2 * 300_001] = 0;
    expect(Number.isNaN(values[300_000]!) && Number.isNaN(values[300_001]!)).toBe(true);
    const { distinct, at } = distinctIndex(values);
    expect(distinct.length).toBe(300_001);
    expect(at[300_001]).toBe(at[300_000]);
  });

  it('handles an empty column', () => {
    expect(distinctIndex(new Float64Array(0)).distinct.length).toBe(0);
  });
});
