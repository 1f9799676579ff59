import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset, leverMax } from '../../src/core/formula/index.ts';
import { channelsFor, constraintFor, defaultPeriods, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

// Issue 13 §1, invariants on the sample and on generated data of every industry: 0 ≤ C ≤ 1 for
// every channel, and a constraint's benchmark and potential stay within what its formula allows.
describe.each(['retail', 'b2b', 'clinic'] as const)('numbers a director can trust: %s', (industry) => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(8_000, industry);
  }, 120_000);
  afterAll(() => ws.close());

  it('channel conversion stays within 0 and 1 for every channel and the company', async () => {
    const res = await channelsFor(ws);
    expect(res.channels.length).toBeGreaterThan(1);
    const rows = [...res.channels, res.total];
    expect(rows.some((r) => r.conversion !== null)).toBe(true);
    for (const r of rows)
      if (r.conversion !== null) {
        expect(r.conversion, String(r.channel)).toBeGreaterThanOrEqual(0);
        expect(r.conversion, String(r.channel)).toBeLessThanOrEqual(1);
      }
  });

  it('the key constraint by channel keeps bounded levers in range and its potential within the formula', async () => {
    const { current } = await defaultPeriods(ws.engine, await ws.columns());
    const tree = getPreset('lcpudq');
    const res = await constraintFor(ws, { tree, period: current, by: 'channel' });
    for (const l of res.levers) {
      const max = leverMax(tree, l.lever);
      expect(l.max).toBe(max);
      if (max !== null && l.p75 !== null) expect(l.p75, l.lever).toBeLessThanOrEqual(max);
      for (const s of l.outOfRange) expect(s.value).toBeGreaterThan(max!);
      for (const g of l.below) {
        expect(g.gain).toBeGreaterThanOrEqual(0);
        if (max !== null) expect(g.value).toBeLessThanOrEqual(max);
      }
      expect(l.potential).toBeCloseTo(
        l.below.reduce((s, g) => s + g.gain, 0),
        4,
      );
    }
    if (res.key) expect(res.nextStep?.lever).toBe(res.key);
  });
});
