import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsFor, segmentsFor, type Workspace } from '../../src/services/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { sampleWorkspace } from './sample-company.ts';

// The figures of the Customers page on the sample company, pinned. Numbers only: sentences and
// names are worded in the language module and checked by their own tests, so rewording one does
// not touch these files, while any change in a count, a sum or a ratio does.
describe('customer analytics on the generated company (golden)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace();
  });
  afterAll(() => ws.close());

  it('keeps the RFM segments stable: boundaries, and per segment customers, orders, revenue, check, recency', async () => {
    const res = await segmentsFor(ws, { binning: 'quantile' }, 'en');
    // Every customer lands in exactly one segment, so a lost or doubled one shows before the golden.
    expect(res.segments.reduce((s, x) => s + x.customers, 0)).toBe(res.customers);
    expectGolden('rfm-segments-sample-30k', {
      asOf: res.asOf,
      binning: res.binning,
      bins: res.bins,
      windowDays: res.windowDays,
      wholeHistory: res.wholeHistory,
      boundaries: res.boundaries,
      customers: res.customers,
      segments: res.segments.map(({ name: _name, tactic: _tactic, ...figures }) => figures),
    });
  });

  it('keeps the channel table stable: each channel’s figures and unit economics, and the total', async () => {
    const res = await channelsFor(ws);
    expect(res.channels.length).toBeGreaterThan(1);
    expectGolden('channels-sample-30k', {
      period: res.period,
      from: res.from,
      to: res.to,
      asOf: res.asOf,
      horizonMonths: res.horizonMonths,
      otherCosts: res.otherCosts,
      // The table's columns in order; their names and definitions are words.
      metrics: res.metrics.map((m) => `${m.id}: ${m.unit}, ${m.direction} is better`),
      channels: res.channels,
      total: res.total,
      missing: res.missing,
      notes: res.notes.map(({ text: _text, ...which }) => which),
    });
  });
});
