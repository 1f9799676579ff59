import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SEGMENTS,
  migrationMatrix,
  rfmGrid,
  scoreRfm,
  segmentOf,
  summariseSegments,
  type RfmValues,
} from '../../src/core/rfm/index.ts';
import { rfmColumnsQuery } from '../../src/sql/customers/rfm-columns.ts';
import { rfmFor, rfmGridFor, segmentsFor, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

/**
 * The warehouse scores, segments and summarises in SQL; the pure core can do the same in memory
 * from the per-customer values. Both must agree customer by customer, for every strategy, so the
 * pushdown changed where the work runs and nothing about its result.
 */
describe('RFM pushed down to SQL agrees with the in-memory core', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
  });
  afterAll(() => ws.close());

  async function valuesAt(asOf: string, windowDays: number, wholeHistory: boolean): Promise<RfmValues[]> {
    const q = rfmColumnsQuery(ws.engine.dialect, { asOf, windowDays, wholeHistory, orders: 'distinct' });
    const rows = await ws.engine.driver.query(q.sql, q.params);
    return rows.map((r) => ({
      customerId: String(r['customer_id']),
      recencyDays: Number(r['recency_days']),
      frequency: Number(r['frequency']),
      monetary: wholeHistory ? Number(r['revenue_all_time'] ?? 0) : Number(r['monetary']),
      ordersAllTime: Number(r['orders_all_time']),
      revenueAllTime: Number(r['revenue_all_time']),
    }));
  }

  const cases = [
    { binning: 'quantile' },
    { binning: 'quantile', bins: 4, windowDays: 365 },
    { binning: 'r-rfm' },
    { binning: 'breaks', breaks: { r: [30, 90, 180, 365], f: [2, 3, 5, 8], m: [5000, 10000, 20000, 40000] } },
    { binning: 'norms', norms: { limitDay: 120, purchasesPerYear: 3, minAverageCheck: 3000 } },
  ];

  for (const req of cases)
    it(`${req.binning}${req.bins ? ` ${req.bins} bins` : ''}${req.windowDays ? `, ${req.windowDays}-day window` : ''}`, async () => {
      const res = await rfmFor(ws, req);
      const whole = req.windowDays === undefined && req.binning !== 'norms';
      const values = await valuesAt(res.asOf, res.windowDays, whole);
      const mem = scoreRfm(req.binning, values, req);
      expect(res.boundaries).toEqual(mem.boundaries);
      expect(res.customers).toHaveLength(values.length);
      const byId = new Map(res.customers.map((c) => [c.customer_id, c]));
      const segments = values.map((v, i) => {
        const c = byId.get(v.customerId)!;
        const s = mem.scores[i]!;
        expect([c.r, c.f, c.m]).toEqual([s.r, s.f, s.m]);
        const seg = segmentOf(DEFAULT_SEGMENTS, s).id;
        expect(c.segment).toBe(seg);
        return seg;
      });
      const summary = summariseSegments(DEFAULT_SEGMENTS, values, segments);
      res.summary.forEach((line, i) => {
        expect(line.customers).toBe(summary[i]!.customers);
        expect(line.revenue).toBeCloseTo(summary[i]!.revenue, 4);
        expect(line.share).toBeCloseTo(summary[i]!.share, 12);
      });
      const grid = await rfmGridFor(ws, req);
      const memGrid = rfmGrid(
        mem.bins,
        DEFAULT_SEGMENTS,
        mem.scores,
        values.map((v) => v.monetary),
      );
      expect(grid.grid.map((c) => c.customers)).toEqual(memGrid.map((c) => c.customers));
      expect(grid.customers).toBe(values.length);
    });

  it('summarises rules that read M by (r, f, m) cells, as the in-memory core does', async () => {
    // Default segments read R × F only, so their cells leave m out; these split on M too.
    const rule = (id: string, m: readonly [number, number]) => ({
      id,
      name: { ru: id, en: id },
      tactic: { ru: '', en: '' },
      r: [1, 5] as const,
      f: [1, 5] as const,
      m,
    });
    const rules = [rule('Big spenders', [4, 5]), rule('Everyone else', [1, 3])];
    const res = await rfmFor(ws, { binning: 'quantile', rules });
    const values = await valuesAt(res.asOf, res.windowDays, true);
    const mem = scoreRfm('quantile', values, {});
    const segments = mem.scores.map((s) => segmentOf(rules, s).id);
    const summary = summariseSegments(rules, values, segments);
    expect(res.summary.map((l) => l.customers)).toEqual(summary.map((l) => l.customers));
    expect(res.summary[0]!.customers).toBeGreaterThan(0);
    res.summary.forEach((l, i) => expect(l.revenue).toBeCloseTo(summary[i]!.revenue, 4));
  });

  it('migrates between two dates as the in-memory matrix does', async () => {
    const res = await segmentsFor(ws, { binning: 'quantile', from: '2025-06-30', asOf: '2026-06-30' });
    const [before, after] = await Promise.all([
      rfmFor(ws, { binning: 'quantile', asOf: '2025-06-30' }),
      rfmFor(ws, { binning: 'quantile', asOf: '2026-06-30' }),
    ]);
    const spentRows = await ws.engine.driver.query(
      `SELECT customer_id, CAST(sum(revenue) AS DOUBLE) AS s FROM orders
       WHERE CAST(ts AS DATE) > DATE '2025-06-30' AND CAST(ts AS DATE) <= DATE '2026-06-30' GROUP BY 1`,
    );
    const spent = new Map(spentRows.map((r) => [String(r['customer_id']), Number(r['s'])]));
    const mem = migrationMatrix(
      DEFAULT_SEGMENTS.map((r) => r.id),
      new Map(before.customers.map((c) => [c.customer_id, c.segment])),
      after.customers.map((c) => ({
        customerId: c.customer_id,
        segment: c.segment,
        revenue: spent.get(c.customer_id) ?? 0,
      })),
    );
    expect(res.migration!.rows.map((r) => r.customers)).toEqual(mem.rows.map((r) => r.customers));
    expect(res.migration!.stayed).toBe(mem.stayed);
    expect(res.migration!.revenue).toBeCloseTo(mem.revenue, 2);
    expect(res.migration!.customers).toBe(after.customers.length);
  });

  it('lists one segment filtered in the warehouse, with the whole base in the summary', async () => {
    const all = await rfmFor(ws, { binning: 'quantile' });
    const atRisk = await rfmFor(ws, { binning: 'quantile', segment: 'At risk' });
    expect(atRisk.customers.length).toBe(all.customers.filter((c) => c.segment === 'At risk').length);
    expect(atRisk.customers.length).toBeGreaterThan(0);
    expect(atRisk.summary).toEqual(all.summary);
  });

  it('leaves no temporary table behind', async () => {
    await rfmGridFor(ws, { binning: 'quantile' });
    await expect(rfmFor(ws, { binning: 'quantile', bins: 0 })).rejects.toThrow();
    const left = await ws.engine.driver.query(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'fulcrum_rfm_values_%'`,
    );
    expect(Number(left[0]!['n'])).toBe(0);
  });
});
