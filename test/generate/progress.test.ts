import { afterAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { removeDir, tempDir } from './helpers.ts';

let dir = '';
afterAll(() => removeDir(dir));

describe('progress', () => {
  it('reports about every 100k order lines against the requested total, then done = total', async () => {
    dir = await tempDir();
    const calls: [number, number][] = [];
    const r = await generateCompany(
      { outDir: dir, orders: 250_000, seed: 1 },
      { onProgress: (d, t) => calls.push([d, t]) },
    );
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls[0]![0]).toBeGreaterThanOrEqual(100_000);
    expect(calls[0]![0]).toBeLessThan(100_100);
    expect(calls[0]![1]).toBe(250_000);
    expect(calls.at(-1)).toEqual([r.rows.orders, r.rows.orders]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
  });
});
