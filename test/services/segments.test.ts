import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_CUSTOMERS } from '../../src/core/rfm/index.ts';
import {
  customerListFor,
  customerValuesFor,
  openWorkspace,
  rfmFor,
  segmentsFor,
  UserError,
  type SegmentMigration,
  type Workspace,
} from '../../src/services/index.ts';
import { FIXTURE_BREAKS, ordersWorkspace } from './segments-fixture.ts';
import { sampleWorkspace } from './sample-company.ts';

const cell = (m: SegmentMigration, from: string, to: string) => {
  const row = m.rows.find((r) => r.from === from)!;
  const j = m.columns.indexOf(to);
  return { customers: row.customers[j], revenue: row.revenue[j] };
};

describe('segment migration on the hand-checked fixture', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await ordersWorkspace();
  });
  afterAll(() => ws.close());

  const request = { binning: 'breaks', breaks: FIXTURE_BREAKS, asOf: '2024-12-31', from: '2024-06-30' };

  it('puts every customer of the second date in exactly one cell', async () => {
    const { migration: m, customers } = await segmentsFor(ws, request);
    expect(customers).toBe(6);
    expect(m!.customers).toBe(6);
    const cells = m!.rows.flatMap((r) => r.customers);
    expect(cells.reduce((s, x) => s + x, 0)).toBe(6);
    expect(m!.rows.map((r) => r.from)).toEqual([...m!.columns, NEW_CUSTOMERS]);
  });

  it('finds the moves worked out by hand, with what the movers spent between the dates', async () => {
    const { migration: m } = await segmentsFor(ws, request);
    expect(cell(m!, 'Potential loyalists', 'Champions')).toEqual({ customers: 1, revenue: 50 });
    expect(cell(m!, 'Champions', 'At risk')).toEqual({ customers: 1, revenue: 0 });
    expect(cell(m!, 'New', 'Hibernating')).toEqual({ customers: 1, revenue: 0 });
    expect(cell(m!, 'Lost', 'Lost')).toEqual({ customers: 1, revenue: 0 });
    expect(cell(m!, NEW_CUSTOMERS, 'About to sleep')).toEqual({ customers: 1, revenue: 70 });
    expect(cell(m!, NEW_CUSTOMERS, 'New')).toEqual({ customers: 1, revenue: 30 });
    expect(m).toMatchObject({
      from: '2024-06-30',
      to: '2024-12-31',
      stayed: 1,
      newCustomers: 2,
      revenue: 150,
    });
  });

  it('summarises the segments at the second date', async () => {
    const res = await segmentsFor(ws, { ...request, from: undefined }, 'ru');
    const line = (id: string) => res.segments.find((s) => s.segment === id)!;
    expect(line('Champions')).toMatchObject({ name: 'Чемпионы', customers: 1, orders: 5, revenue: 450 });
    expect(line('Champions').averageCheck).toBe(90);
    expect(line('At risk')).toMatchObject({ customers: 1, orders: 5, averageRecencyDays: 213 });
    expect(line('Loyal')).toMatchObject({ customers: 0, averageCheck: null, averageRecencyDays: null });
    expect(res.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    expect(res.migration).toBeNull();
  });

  it('counts everyone as new when the first date precedes the data', async () => {
    const { migration: m } = await segmentsFor(ws, { ...request, from: '2022-01-01' });
    expect(m!.newCustomers).toBe(6);
    expect(m!.revenue).toBe(1010);
  });

  it('rejects a first date not before the second, and bad dates', async () => {
    await expect(segmentsFor(ws, { ...request, from: '2024-12-31' })).rejects.toThrow(/must be before/);
    await expect(segmentsFor(ws, { ...request, from: '30.06.2024' })).rejects.toThrow(/^from must be a date/);
  });

  it('rejects an as-of date in the future (the clock says 2025-01-15)', async () => {
    await expect(segmentsFor(ws, { binning: 'quantile', asOf: '2025-03-01' })).rejects.toThrow(
      'asof 2025-03-01 is in the future (today is 2025-01-15)',
    );
    // After the last order but not in the future is a fair question: recency keeps counting.
    const res = await segmentsFor(ws, { binning: 'quantile', asOf: '2025-01-10' });
    expect(res.customers).toBe(6);
  });
});

describe('bad input', () => {
  it('says what to do on an empty warehouse', async () => {
    const ws = await openWorkspace(':memory:');
    try {
      await expect(segmentsFor(ws, { binning: 'quantile' })).rejects.toBeInstanceOf(UserError);
      await expect(segmentsFor(ws, { binning: 'quantile' })).rejects.toThrow(/no orders yet/);
    } finally {
      await ws.close();
    }
  });

  it('scores a single customer and migrates it', async () => {
    const ws = await ordersWorkspace([
      ['solo', '2024-01-01', 10],
      ['solo', '2024-06-01', 10],
    ]);
    try {
      const res = await segmentsFor(ws, { binning: 'quantile', from: '2024-03-01' });
      expect(res.customers).toBe(1);
      expect(res.segments.filter((s) => s.customers > 0)).toHaveLength(1);
      expect(res.migration!.customers).toBe(1);
      expect(res.migration!.newCustomers).toBe(0);
    } finally {
      await ws.close();
    }
  });

  it('puts identical customers in one segment with one score', async () => {
    const ws = await ordersWorkspace(
      ['a', 'b', 'c', 'd'].flatMap((c): Array<[string, string, number]> => [
        [c, '2024-03-01', 50],
        [c, '2024-05-01', 50],
      ]),
    );
    try {
      const res = await rfmFor(ws, { binning: 'quantile' });
      expect(new Set(res.customers.map((c) => c.score)).size).toBe(1);
      expect(new Set(res.customers.map((c) => c.segment)).size).toBe(1);
    } finally {
      await ws.close();
    }
  });
});

describe('quantile scoring on the sample company (regression: F collapsed)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
  });
  afterAll(() => ws.close());

  it('uses every F and M score and fills the one-purchase segments', async () => {
    const res = await rfmFor(ws, { binning: 'quantile' });
    expect(new Set(res.customers.map((c) => c.f))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(res.customers.map((c) => c.m))).toEqual(new Set([1, 2, 3, 4, 5]));
    // One-off buyers score F 1: the lowest frequency is never scored above 1 again.
    const once = res.customers.filter((c) => c.frequency === 1);
    expect(once.length).toBeGreaterThan(res.customers.length / 3);
    expect(once.every((c) => c.f === 1)).toBe(true);
    const size = (id: string) => res.summary.find((s) => s.segment === id)!.customers;
    for (const id of ['New', 'Promising', 'Hibernating', 'Lost', 'Champions', 'Loyal'])
      expect(size(id)).toBeGreaterThan(0);
    // Ties share a score: equal frequencies always got the same F.
    const fOf = new Map<number, Set<number>>();
    for (const c of res.customers) fOf.set(c.frequency, (fOf.get(c.frequency) ?? new Set()).add(c.f));
    expect([...fOf.values()].every((s) => s.size === 1)).toBe(true);
  });

  it('counts frequency over all history by default, and over --window when given', async () => {
    const all = await rfmFor(ws, { binning: 'quantile' });
    expect(all.windowDays).toBeGreaterThan(1000);
    expect(all.customers.every((c) => c.frequency >= 1)).toBe(true);
    const year = await rfmFor(ws, { binning: 'quantile', windowDays: 365 });
    expect(year.windowDays).toBe(365);
    expect(year.customers.some((c) => c.frequency === 0)).toBe(true);
    // Even with many zeros in the window, zero scores F 1.
    expect(year.customers.filter((c) => c.frequency === 0).every((c) => c.f === 1)).toBe(true);
  });

  it('migrates the whole base between two dates a year apart', async () => {
    const res = await segmentsFor(ws, { binning: 'quantile', from: '2025-10-31' });
    const m = res.migration!;
    expect(m.customers).toBe(res.customers);
    expect(m.rows.reduce((s, r) => s + r.totalCustomers, 0)).toBe(res.customers);
    const before = await rfmFor(ws, { binning: 'quantile', asOf: '2025-10-31' });
    expect(res.customers - m.newCustomers).toBe(before.customers.length);
  });
});

describe('CLV lists on too little data', () => {
  it('refuses to value a single customer rather than print numbers the data cannot support', async () => {
    const ws = await ordersWorkspace([
      ['solo', '2024-01-01', 10],
      ['solo', '2024-06-01', 10],
    ]);
    try {
      await expect(customerListFor(ws, { binning: 'quantile', clv: { unit: 'week' } })).rejects.toThrow(
        /did not converge .* too little history/,
      );
    } finally {
      await ws.close();
    }
  });

  it('needs repeat buyers for the expected value', async () => {
    const ws = await ordersWorkspace([
      ['a', '2024-01-01', 10],
      ['b', '2024-02-01', 10],
    ]);
    try {
      await expect(customerValuesFor(ws, { unit: 'week' })).rejects.toThrow(/needs repeat buyers/);
      await expect(customerValuesFor(ws, { unit: 'week', margin: 0 })).rejects.toThrow(/^margin must be/);
    } finally {
      await ws.close();
    }
  });
});
