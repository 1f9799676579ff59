import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvFor, openWorkspace, rfmFor, UserError, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

describe('customer services on the sample company', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
  });
  afterAll(() => ws.close());

  it('puts every customer in exactly one segment and sums the summary back to the base', async () => {
    const res = await rfmFor(ws, { binning: 'quantile' });
    const total = res.summary.reduce((s, x) => s + x.customers, 0);
    expect(total).toBe(res.customers.length);
    expect(res.summary.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 10);
    expect(res.boundaries.r).toHaveLength(4);
  });

  it('derives the limit day from the data for the norms strategy', async () => {
    const res = await rfmFor(ws, { binning: 'norms', norms: { purchasesPerYear: 3, minAverageCheck: 1000 } });
    expect(res.boundaries.r[2]).toBeGreaterThan(0);
  });

  it('fits BG/NBD and Gamma-Gamma in months with a reported convergence', async () => {
    const bg = await clvFor(ws, { model: 'bgnbd', unit: 'month' });
    expect(bg.convergence).toBe('converged');
    expect(Object.keys(bg.params)).toEqual(['r', 'alpha', 'a', 'b']);
    const gg = await clvFor(ws, { model: 'gg', unit: 'month' });
    expect(Object.keys(gg.params)).toEqual(['p', 'q', 'gamma']);
  });

  it('names bad input', async () => {
    await expect(rfmFor(ws, { binning: 'deciles' })).rejects.toThrow(/unknown binning "deciles"/);
    await expect(rfmFor(ws, { binning: 'quantile', asOf: '1990-01-01' })).rejects.toThrow(
      /no orders on or before/,
    );
    await expect(clvFor(ws, { model: 'bgnbd', unit: 'fortnight' })).rejects.toThrow(/unknown unit/);
  });
});

it('says what to do on an empty warehouse', async () => {
  const ws = await openWorkspace(':memory:');
  try {
    await expect(rfmFor(ws, { binning: 'quantile' })).rejects.toBeInstanceOf(UserError);
    await expect(clvFor(ws, { model: 'bgnbd', unit: 'week' })).rejects.toThrow(/no orders yet/);
  } finally {
    await ws.close();
  }
});
