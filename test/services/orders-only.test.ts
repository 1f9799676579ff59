import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp } from '../server/helpers.ts';
import { getPreset } from '../../src/core/formula/index.ts';
import { parsePeriod } from '../../src/core/period/index.ts';
import { generateCompany } from '../../src/generate/index.ts';
import {
  comparePeriods,
  formulaFor,
  importInto,
  leversFor,
  openWorkspace,
  type Workspace,
} from '../../src/services/index.ts';

const after = parsePeriod('2025-11..2026-10');
const before = parsePeriod('2024-11..2025-10');
const kopecks = (v: number): number => Math.round(v * 100);
const sumKopecks = (o: Record<string, number>): number =>
  Object.values(o).reduce((s, v) => s + kopecks(v), 0);

/** What the orders say for a period, straight from SQL: the independent figures to check against. */
async function ordersFacts(ws: Workspace, from: string, to: string): Promise<Record<string, number>> {
  const [r] = await ws.engine.driver.query(
    `SELECT sum(revenue) AS revenue, count(DISTINCT customer_id) AS buyers,
            count(DISTINCT order_id) AS orders, sum(items) AS items, sum(cost) AS cogs
       FROM orders WHERE ts >= '${from}' AND ts < '${to}'`,
  );
  return Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, Number(v)]));
}

describe('a user who loads only orders (issue 13 §2)', () => {
  let ws: Workspace;
  let dir: string;
  let now: Record<string, number>;
  let then: Record<string, number>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-orders-only-'));
    await generateCompany({ outDir: dir, orders: 20_000, seed: 11 });
    ws = await openWorkspace(':memory:', () => new Date('2026-11-23T12:00:00Z'));
    const res = await importInto(ws, { file: join(dir, 'orders.csv'), table: 'orders' });
    expect(res.status).toBe('imported');
    now = await ordersFacts(ws, '2025-11-01', '2026-11-01');
    then = await ordersFacts(ws, '2024-11-01', '2025-11-01');
  });
  afterAll(() => ws.close());

  it('orders only: revenue and every lever the orders give are computed; L and C name the leads file', async () => {
    const res = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after });
    expect(res.revenueSource).toBe('formula');
    expect(kopecks(res.revenue!)).toBe(kopecks(now['revenue']!));
    const n = res.nodes as Record<string, number>;
    expect(n['buyers']).toBe(now['buyers']);
    expect(n['Pu']).toBeCloseTo(now['revenue']! / now['items']!, 9);
    expect(n['D']).toBeCloseTo(now['items']! / now['orders']!, 9);
    expect(n['Q']).toBeCloseTo(now['orders']! / now['buyers']!, 9);
    expect(res.levers['P']).toBeCloseTo(now['revenue']! / now['orders']!, 6);
    expect(res.levers['L']).toBeNull();
    expect(res.levers['C']).toBeNull();
    expect(res.coverage.levers).toEqual(['buyers', 'Pu', 'D', 'Q']);
    expect(res.coverage.standIns).toEqual({ buyers: ['L', 'C'] });
    expect(res.coverage.needs).toEqual({ L: ['leads'], C: ['leads'] });
  });

  it('orders only: margin comes from the order lines, profit names the spend and costs files', async () => {
    const res = await formulaFor(ws, { tree: getPreset('profit'), period: after });
    expect(res.nodes['M']).toBeCloseTo(1 - now['cogs']! / now['revenue']!, 9);
    expect(kopecks(res.nodes['gross']!)).toBe(kopecks(now['revenue']! - now['cogs']!));
    expect(res.profit).toBeNull();
    expect(res.coverage.needs['profit']).toEqual(['spend', 'costs']);
    expect(res.coverage.needs['spend']).toEqual(['spend']);
    expect(res.coverage.needs['sga']).toEqual(['costs']);
    expect(res.coverage.needs['M']).toBeUndefined();
  });

  it('orders only: the lever table raises buyers, Pu, D, Q (+20 % each is +20 % revenue)', async () => {
    const res = await leversFor(ws, { tree: getPreset('lcpudq'), period: after, step: 0.2 });
    expect(res.rows.map((r) => r.lever)).toEqual(['buyers', 'Pu', 'D', 'Q', 'all']);
    for (const r of res.rows.slice(0, 4)) expect(kopecks(r.revenue!)).toBe(kopecks(now['revenue']! * 1.2));
    expect(res.rows[4]!.revenue).toBeCloseTo(now['revenue']! * 1.2 ** 4, 2);
    expect(res.coverage.needs).toEqual({ L: ['leads'], C: ['leads'] });
  });

  it('orders only: the comparison splits revenue exactly among buyers, Pu, D, Q; profit names its files', async () => {
    const res = await comparePeriods(ws, { tree: getPreset('profit'), before, after });
    expect(res.error).toBeUndefined();
    expect(Object.keys(res.contributions)).toEqual(['buyers', 'Pu', 'D', 'Q']);
    expect(kopecks(res.change!)).toBe(kopecks(now['revenue']!) - kopecks(then['revenue']!));
    expect(sumKopecks(res.contributions)).toBe(kopecks(res.change!));
    // The buyers' LMDI share is L(R1, R0) · ln(B1 / B0), computed independently here.
    const lm = (now['revenue']! - then['revenue']!) / Math.log(now['revenue']! / then['revenue']!);
    expect(res.contributions['buyers']).toBeCloseTo(lm * Math.log(now['buyers']! / then['buyers']!), 1);
    expect(res.profit?.needs).toEqual(['spend', 'costs']);
    // Chain substitution in the user's order: L and C are taken as their stand-in.
    const chain = await comparePeriods(ws, {
      tree: getPreset('lcpudq'),
      before,
      after,
      method: 'chain',
      order: ['Q', 'L', 'C', 'Pu', 'D'],
    });
    // Q switched first: its step is R0 × (Q1 / Q0 − 1), with Q = orders / buyers.
    const q = (f: Record<string, number>): number => f['orders']! / f['buyers']!;
    expect(chain.contributions['Q']).toBeCloseTo(then['revenue']! * (q(now) / q(then) - 1), 1);
    expect(sumKopecks(chain.contributions)).toBe(kopecks(chain.change!));
  });

  it('orders only: the explanation sentences name the stand-in «Покупатели», not «Покупатели (buyers)»; levers keep their symbols', async () => {
    const tree = getPreset('lcpudq');
    for (const [locale, label] of [
      ['ru-RU', 'Покупатели'],
      ['en-US', 'Buyers'],
    ] as const) {
      const res = await comparePeriods(ws, { tree, before, after, explainLocale: locale });
      const lines = res.explain ?? [];
      expect(lines.some((l) => l.startsWith(`${label}:`))).toBe(true);
      expect(lines.join('\n')).not.toContain('(buyers)');
      expect(lines.some((l) => /\(Pu\)/.test(l))).toBe(true);
    }
  });

  it('formula --by month (the Formula trend): one GROUP BY month per table, not one query per month', async () => {
    const spy = vi.spyOn(ws.engine.driver, 'query');
    const res = await formulaFor(ws, {
      tree: getPreset('profit'),
      period: parsePeriod('2024-11..2026-10'),
      by: ['month'],
    });
    const grouped = spy.mock.calls.filter(([sql]) => /GROUP BY/i.test(sql));
    spy.mockRestore();
    // The profit tree reads orders, leads, spend and costs: at most one grouped scan each (two for
    // the total and the slice), whatever the number of months.
    expect(grouped.length).toBeLessThanOrEqual(8);
    expect(res.segments).toHaveLength(24);
    const [row] = await ws.engine.driver.query(
      "SELECT sum(revenue) AS r FROM orders WHERE ts >= '2026-03-01' AND ts < '2026-04-01'",
    );
    const march = res.segments!.find((s) => s.key.startsWith('2026-03'))!;
    expect(kopecks(march.revenue!)).toBe(kopecks(Number(row?.['r'])));
    // Each month is computed over the order levers too (buyers stands in for L × C).
    expect(march.levers['buyers']).toBeGreaterThan(0);
  });

  it('orders only: the API answers the formula, levers and compare with the coverage the services give', async () => {
    const t = await testApp({ workspace: ws });
    const res = await t.asToken(
      'analyst',
      '/api/compare?model=profit&period=2025-11..2026-10&compare=2024-11..2025-10',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      contributions: Record<string, number>;
      coverage: unknown;
      profit: unknown;
    };
    const direct = await comparePeriods(ws, { tree: getPreset('profit'), before, after });
    expect(body.coverage).toEqual(JSON.parse(JSON.stringify(direct.coverage)));
    expect(Object.keys(body.contributions)).toEqual(['buyers', 'Pu', 'D', 'Q']);
    expect((body.profit as { needs: string[] }).needs).toEqual(['spend', 'costs']);
    const levers = (await (await t.asToken('analyst', '/api/levers?period=2025-11..2026-10')).json()) as {
      coverage: { needs: Record<string, string[]> };
    };
    expect(levers.coverage.needs['L']).toEqual(['leads']);
  });

  it('orders only: once leads are imported the full L × C tree is back', async () => {
    const res = await importInto(ws, { file: join(dir, 'leads.csv'), table: 'leads' });
    expect(res.status).toBe('imported');
    const f = await formulaFor(ws, { tree: getPreset('lcpudq'), period: after });
    expect(f.coverage.levers).toEqual(['L', 'C', 'Pu', 'D', 'Q']);
    expect(f.coverage.needs).toEqual({});
    expect(f.levers['L']).toBeGreaterThan(0);
  });
});
