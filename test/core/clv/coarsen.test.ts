import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/generate/prng.ts';
import {
  bgnbdObjective,
  columnsOf,
  compressSummaries,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaObjective,
  totalWeight,
  type SummaryColumns,
} from '../../../src/core/clv/index.ts';
import { coarsen } from '../../../src/core/clv/compress.ts';
import { simulateBgNbd, simulateGammaGamma } from './simulate.ts';

// Continuous times: almost every simulated customer is a row of its own, as in a large base.
const bgRows = compressSummaries(
  simulateBgNbd(createRng(11), { r: 0.5, alpha: 6, a: 0.9, b: 3 }, 120_000, 52, 26),
);
const ggRng = createRng(12);
const ggRows = compressSummaries(
  simulateGammaGamma(
    ggRng,
    { p: 4, q: 3, gamma: 20 },
    Array.from({ length: 40_000 }, () => 1 + Math.floor(ggRng() * 8)),
  ),
);

const weightByX = (c: SummaryColumns) => {
  const out = new Map<number, number>();
  for (let i = 0; i < c.length; i++) out.set(c.x[i]!, (out.get(c.x[i]!) ?? 0) + c.w[i]!);
  return [...out].sort((a, b) => a[0] - b[0]);
};

describe('the coarse grid a fit starts on', () => {
  it('keeps every customer and every x, merges at least 3 rows into 1, and leaves the input alone', () => {
    const cols = columnsOf(bgRows);
    const before = Float64Array.from(cols.T);
    const rough = coarsen(cols, ['tx', 'T'])!;
    expect(rough).not.toBeNull();
    expect(rough.length * 3).toBeLessThanOrEqual(cols.length);
    expect(totalWeight(rough)).toBe(totalWeight(cols));
    expect(weightByX(rough)).toEqual(weightByX(cols));
    for (let i = 0; i < rough.length; i++) expect(rough.tx[i]!).toBeLessThanOrEqual(rough.T[i]!);
    expect(cols.T).toEqual(before);
  });

  it('puts each row in the cell of its rounded (x, t_x, T), on one grid of 128 steps', () => {
    const cols = columnsOf(bgRows);
    const rough = coarsen(cols, ['tx', 'T'])!;
    const step = [...cols.T, ...cols.tx].reduce((a, b) => Math.max(a, b), 0) / 128;
    // The same cells by hand: string keys, the plain way.
    const byHand = new Map<string, number>();
    for (let i = 0; i < cols.length; i++) {
      const key = `${cols.x[i]}|${Math.round(cols.tx[i]! / step)}|${Math.round(cols.T[i]! / step)}`;
      byHand.set(key, (byHand.get(key) ?? 0) + cols.w[i]!);
    }
    const cells = new Map<string, number>();
    for (let i = 0; i < rough.length; i++) {
      for (const v of [rough.tx[i]!, rough.T[i]!])
        expect(Math.abs(v / step - Math.round(v / step))).toBeLessThan(1e-9);
      cells.set(
        `${rough.x[i]}|${Math.round(rough.tx[i]! / step)}|${Math.round(rough.T[i]! / step)}`,
        rough.w[i]!,
      );
    }
    expect(cells).toEqual(byHand);
  });

  it('coarsens a coarse grid again: 16 steps, on the 128-step grid points, nobody lost', () => {
    const cols = columnsOf(bgRows);
    const rough = coarsen(cols, ['tx', 'T'])!;
    const rougher = coarsen(rough, ['tx', 'T'], 16)!;
    expect(rougher).not.toBeNull();
    expect(rougher.length * 3).toBeLessThanOrEqual(rough.length);
    expect(totalWeight(rougher)).toBe(totalWeight(cols));
    expect(weightByX(rougher)).toEqual(weightByX(cols));
    const step = [...cols.T, ...cols.tx].reduce((a, b) => Math.max(a, b), 0) / 16;
    let offGrid = 0;
    for (let i = 0; i < rougher.length; i++) {
      for (const v of [rougher.tx[i]!, rougher.T[i]!])
        if (Math.abs(v / step - Math.round(v / step)) > 1e-9) offGrid++;
      if (rougher.tx[i]! > rougher.T[i]!) offGrid++;
    }
    expect(offGrid).toBe(0);
  });

  it('rounds money to 1 % steps on a log scale, keeping zero apart', () => {
    // A fifth of the rows without a positive average: they stay at 0, in cells of their own.
    const rows = ggRows.map((r, i) => (i % 5 === 0 ? { ...r, m: 0 } : r));
    const rough = coarsen(rows, ['m'])!;
    expect(rough.length * 3).toBeLessThanOrEqual(rows.length);
    expect(totalWeight(rough)).toBe(totalWeight(rows));
    let zeroWeight = 0;
    for (let i = 0; i < rough.length; i++) {
      const m = rough.m[i]!;
      if (m === 0) zeroWeight += rough.w[i]!;
      else {
        const level = Math.log(m) / Math.log(1.01);
        expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-6);
      }
    }
    expect(zeroWeight).toBe(rows.filter((r) => r.m === 0).reduce((s, r) => s + r.w, 0));
    expect(zeroWeight).toBeGreaterThan(0);
  });

  it('is skipped on small data', () => {
    expect(coarsen(bgRows.slice(0, 5000), ['tx', 'T'])).toBeNull();
  });
});

describe('fits that start on the coarse grid', () => {
  // The polish on the real rows must end where the full likelihood's gradient vanishes.
  const flatAt = (gradient: number[], theta: number[], n: number) =>
    Math.max(...gradient.map((g, i) => Math.abs((g * theta[i]!) / n)));

  it('BG/NBD ends at the full data optimum, the same from rows or columns', () => {
    const fromRows = fitBgNbd(bgRows);
    const fromColumns = fitBgNbd(columnsOf(bgRows));
    expect(fromColumns.params).toEqual(fromRows.params);
    expect(fromRows.convergence).toBe('converged');
    const { r, alpha, a, b } = fromRows.params;
    const { gradient } = bgnbdObjective(bgRows)({ r, alpha, a, b });
    expect(flatAt(gradient, [r, alpha, a, b], totalWeight(bgRows))).toBeLessThan(1e-5);
  });

  it('Gamma-Gamma ends at the full data optimum, the same from rows or columns', () => {
    const fromRows = fitGammaGamma(ggRows);
    expect(fitGammaGamma(columnsOf(ggRows)).params).toEqual(fromRows.params);
    expect(fromRows.convergence).toBe('converged');
    const { p, q, gamma } = fromRows.params;
    const { gradient } = gammaGammaObjective(ggRows)({ p, q, gamma });
    expect(flatAt(gradient, [p, q, gamma], totalWeight(ggRows))).toBeLessThan(1e-5);
  });
});
