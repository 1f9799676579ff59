import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { parsePeriod } from '../../src/core/period/index.ts';
import {
  analyseSlices,
  buildReport,
  comparePeriods,
  constraintFor,
  formulaFor,
  leversFor,
  type Workspace,
} from '../../src/services/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { sampleWorkspace } from './sample-company.ts';

const after = parsePeriod('2025-11..2026-10');
const before = parsePeriod('2024-11..2025-10');
const kopecks = (v: number): number => Math.round(v * 100);
const sumKopecks = (o: Record<string, number>): number =>
  Object.values(o).reduce((s, v) => s + kopecks(v), 0);

describe('the formula on a generated company', () => {
  let ws: Workspace;
  let sqlRevenue: number;
  beforeAll(async () => {
    ws = await sampleWorkspace();
    const [row] = await ws.engine.driver.query(
      "SELECT sum(revenue) AS r FROM orders WHERE ts >= '2025-11-01' AND ts < '2026-11-01'",
    );
    sqlRevenue = Number(row?.['r']);
  });
  afterAll(() => ws.close());

  it('revenue as L × C × Pu × D × Q equals SUM(revenue) to the kopeck', async () => {
    const res = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after });
    expect(res.revenueSource).toBe('formula');
    expect(kopecks(res.revenue!)).toBe(kopecks(sqlRevenue));
    const { L, C, Pu, D, Q } = res.levers as Record<string, number>;
    expect(kopecks(L! * C! * Pu! * D! * Q!)).toBe(kopecks(sqlRevenue));
    expect(res.levers['P']).toBeCloseTo(Pu! * D!, 6);
  });

  it('profit = revenue × M − spend − SG&A − other, each from its own table', async () => {
    const res = await formulaFor(ws, { tree: getPreset('profit'), period: after });
    const [c] = await ws.engine.driver.query(
      `SELECT (SELECT sum(cost) FROM orders WHERE ts >= '2025-11-01' AND ts < '2026-11-01') AS cogs,
              (SELECT sum(amount) FROM spend WHERE date >= '2025-11-01' AND date < '2026-11-01') AS spend,
              (SELECT sum(amount) FROM costs WHERE kind = 'sga' AND month >= '2025-11-01' AND month < '2026-11-01') AS sga,
              (SELECT sum(amount) FROM costs WHERE kind = 'other' AND month >= '2025-11-01' AND month < '2026-11-01') AS other`,
    );
    const expected =
      sqlRevenue - Number(c?.['cogs']) - Number(c?.['spend']) - Number(c?.['sga']) - Number(c?.['other']);
    expect(kopecks(res.profit!)).toBe(kopecks(expected));
  });

  it('splits the revenue change exactly among levers (LMDI), and profit too', async () => {
    const res = await comparePeriods(ws, { tree: getPreset('profit'), before, after });
    expect(res.method).toBe('lmdi');
    expect(Object.keys(res.contributions)).toEqual(['L', 'C', 'Pu', 'D', 'Q']);
    expect(sumKopecks(res.contributions)).toBe(kopecks(res.change!));
    expect(kopecks(res.change!)).toBe(kopecks(res.after! - res.before!));
    expect(sumKopecks(res.profit!.contributions)).toBe(kopecks(res.profit!.change!));
    expect(Object.keys(res.profit!.contributions)).toEqual([
      'L',
      'C',
      'Pu',
      'D',
      'Q',
      'M',
      'spend',
      'sga',
      'other',
    ]);
  });

  it('chain substitution also sums exactly, and depends on the order', async () => {
    const tree = getPreset('lcpudq');
    const a = await comparePeriods(ws, {
      tree,
      before,
      after,
      method: 'chain',
      order: ['L', 'C', 'Pu', 'D', 'Q'],
    });
    const b = await comparePeriods(ws, {
      tree,
      before,
      after,
      method: 'chain',
      order: ['Q', 'D', 'Pu', 'C', 'L'],
    });
    expect(sumKopecks(a.contributions)).toBe(kopecks(a.change!));
    expect(sumKopecks(b.contributions)).toBe(kopecks(b.change!));
    expect(a.contributions['L']).not.toBe(b.contributions['L']);
  });

  it('slices by channel: segments carry every lever and their sales add up to the total', async () => {
    const res = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after, by: ['channel'] });
    expect(res.segments!.length).toBeGreaterThan(3);
    const total = res.segments!.reduce((s, seg) => s + kopecks(seg.nodes['sales'] ?? 0), 0);
    expect(total).toBe(kopecks(sqlRevenue));
    for (const seg of res.segments!) expect(Object.keys(seg.levers)).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'P']);
  });

  it('slices by store: leads carry no store, so L and C are "no data" and revenue comes from the orders', async () => {
    const res = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after, by: ['store'] });
    for (const seg of res.segments!) {
      expect(seg.levers['L']).toBeNull();
      expect(seg.levers['C']).toBeNull();
      expect(seg.revenueSource).toBe('data');
      expect(seg.revenue).toBeGreaterThan(0);
    }
  });

  it('a filter narrows every table that has the dimension', async () => {
    const all = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after, by: ['channel'] });
    const first = all.segments![0]!;
    const one = await formulaFor(ws, {
      tree: getPreset('lcpudq'),
      period: after,
      filters: { channel: [first.key] },
    });
    expect(one.revenue).toBe(first.revenue);
    expect(one.levers['L']).toBe(first.levers['L']);
  });

  it('the lever table: all five levers +20% give ×1.2⁵, fixed costs give operating leverage', async () => {
    const res = await leversFor(ws, { tree: getPreset('profit'), period: after });
    const all = res.rows.find((r) => r.lever === 'all')!;
    expect(all.revenueChangePct).toBeCloseTo((1.2 ** 5 - 1) * 100, 6);
    const l = res.rows.find((r) => r.lever === 'L')!;
    expect(l.revenueChangePct).toBeCloseTo(20, 9);
    expect(l.profitChangePct!).toBeGreaterThan(20);
  });

  it('finds a key constraint by store among the levers with data', async () => {
    const res = await constraintFor(ws, { tree: getPreset('lcpudq'), period: after, by: 'store' });
    expect(res.noData).toEqual(['L', 'C']);
    expect(res.key).not.toBeNull();
    const potentials = res.levers.map((l) => l.potential);
    expect(potentials).toEqual([...potentials].sort((x, y) => y - x));
    expect(res.levers.map((l) => l.lever).sort()).toEqual(['D', 'Pu', 'Q']);
  });

  it('names the dimensions there are when asked for one that is not', async () => {
    await expect(
      constraintFor(ws, { tree: getPreset('lcpudq'), period: after, by: 'colour' }),
    ).rejects.toThrow(/orders have no column "colour"; slice by one of: .*store/);
  });

  it('attributes month over month per channel × store, each split summing to its change', async () => {
    const res = await analyseSlices(ws, {
      tree: getPreset('lcpudq'),
      period: after,
      by: ['month', 'channel', 'store'],
    });
    expect(res.cells.length).toBeGreaterThan(100);
    expect(res.steps.length).toBeGreaterThan(50);
    for (const s of res.steps.slice(0, 200)) {
      const sum = Object.values(s.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.change, 6);
      expect(Object.keys(s.contributions)).toContain('L×C');
    }
  });

  it('keeps the report stable (golden)', async () => {
    const r = await buildReport(ws, { tree: getPreset('profit'), before, after });
    const { db: _db, ...stable } = r;
    expectGolden('report-sample-30k', {
      comparison: { ...stable.comparison, detail: undefined },
      levers: stable.levers.rows,
      constraint: {
        key: stable.constraint?.key,
        levers: stable.constraint?.levers.map((l) => ({
          lever: l.lever,
          p75: l.p75,
          potential: l.potential,
        })),
      },
    });
  });
});
