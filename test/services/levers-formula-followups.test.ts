import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { parsePeriod } from '../../src/core/period/index.ts';
import { formulaFor, leversFor, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

const period = parsePeriod('2025-11..2026-10');

/** Type-7 quantile written out here, so the test does not lean on the code it checks. */
function p75(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * 0.75;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}

describe('levers tornado on the sample: raising each lever to the benchmark (issue 13 follow-up 1)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace();
  }, 120_000);
  afterAll(() => ws.close());

  it('levers tornado: each lever’s benchmark effect is Σ over its stores, worked out here from the formula by store; the bars differ', async () => {
    const tree = getPreset('profit');
    const [res, f] = await Promise.all([
      leversFor(ws, { tree, period }),
      formulaFor(ws, { tree, period, by: ['store'] }),
    ]);
    const b = res.benchmark!;
    expect(b.by).toBe('store');
    expect(b.byLabel).toEqual({ ru: 'Магазин', en: 'Store' });
    expect(b.measure).toBe('profit');
    // Leads carry no store: L and C cannot be benchmarked by store.
    expect(b.noData).toEqual(['L', 'C']);
    const stores = (f.segments ?? []).map((s) => ({ key: s.key, n: s.nodes, revenue: s.revenue! }));
    expect(stores.length).toBeGreaterThan(3);
    const want = new Map<string, number>();
    for (const lever of ['Pu', 'D', 'Q', 'M']) {
      const bench = p75(stores.map((s) => s.n[lever]!));
      let sum = 0;
      for (const s of stores) {
        const v = s.n[lever]!;
        if (v >= bench) continue;
        // Profit with fixed costs held: a revenue gain × the store's M; M's own: revenue × (benchmark − M).
        sum += lever === 'M' ? s.revenue * (bench - v) : s.revenue * (bench / v - 1) * s.n['M']!;
      }
      want.set(lever, sum);
    }
    expect(b.effects.map((e) => e.lever).sort()).toEqual([...want.keys()].sort());
    for (const e of b.effects) {
      expect(e.effect).toBeCloseTo(want.get(e.lever)!, 2);
      expect(e.effect).toBeCloseTo(
        e.segments.reduce((s, g) => s + g.effect, 0),
        2,
      );
    }
    // Sorted largest first, and they tell levers apart (unlike +20 % on each).
    const values = b.effects.map((e) => e.effect);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.1 * Math.max(...values));
    // The uniform step: one bar for any lever, another for all, read off the lever table.
    const row = (l: string) => res.rows.find((r) => r.lever === l)!.profit! - res.base.profit!;
    expect(b.step.map((s) => s.lever)).toEqual(['any', 'all']);
    expect(b.step[0]!.effect).toBeCloseTo(row('Pu'), 2);
    expect(b.step[1]!.effect).toBeCloseTo(row('all'), 2);
    expect(b.step[1]!.effect!).toBeGreaterThan(b.step[0]!.effect! * 6);
  });
});

describe('a lever that can exceed 100 % says why where it is shown (issue 13 follow-up 2)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace();
  }, 120_000);
  afterAll(() => ws.close());

  it('a lever that can exceed 100 %: formula by channel names the segments whose C passes 100 % (buyers > leads), and no other', async () => {
    const tree = getPreset('lcpudq');
    const f = await formulaFor(ws, { tree, period, by: ['channel'] });
    // Worked out from the counts, not the ratio: buyers above leads is a conversion above 100 %.
    const [rows] = [
      await ws.engine.driver.query(
        `SELECT channel, count(DISTINCT customer_id) AS buyers FROM orders
         WHERE ts >= '2025-11-01' AND ts < '2026-11-01' GROUP BY channel`,
      ),
    ];
    const buyers = new Map(rows!.map((r) => [String(r['channel']), Number(r['buyers'])]));
    const leads = new Map((f.segments ?? []).map((s) => [s.key, s.levers['L']!]));
    const over = [...buyers].filter(([k, b]) => b > (leads.get(k) ?? Infinity)).map(([k]) => k);
    expect(over.length).toBeGreaterThan(0);
    const marked = (f.segments ?? []).filter((s) => s.aboveRange?.length).map((s) => s.key);
    expect(marked.sort()).toEqual(over.sort());
    for (const s of f.segments ?? []) if (s.aboveRange) expect(s.aboveRange).toEqual(['C']);
  });

  it('a filter on a column only orders have: the answer names the loaded files without it (leads, spend, costs carry no category)', async () => {
    const key = 'home';
    const profit = getPreset('profit');
    const cols = await ws.columns();
    // Worked out from the warehouse's own columns: which loaded tables lack «category».
    const lacking = ['leads', 'spend', 'costs'].filter((t) => cols.has(t) && !cols.get(t)!.has('category'));
    expect(lacking.length).toBeGreaterThan(0);
    const f = await formulaFor(ws, { tree: profit, period, filters: { category: [key] } });
    expect(Object.keys(f.coverage.unfiltered ?? {}).sort()).toEqual(lacking.sort());
    for (const dims of Object.values(f.coverage.unfiltered ?? {})) expect(dims).toEqual(['category']);
    // The blank figures the note explains are blank indeed, and L × C is stood in for.
    expect(f.empty).toBeUndefined();
    expect(f.revenue!).toBeGreaterThan(0);
    expect(f.levers['L']).toBeNull();
    const levers = await leversFor(ws, { tree: profit, period, filters: { category: [key] } });
    expect(Object.keys(levers.coverage.unfiltered ?? {}).sort()).toEqual(lacking.sort());
    // No filter, nothing to say; a filter every table carries (channel is on leads and spend) neither for them.
    expect((await formulaFor(ws, { tree: profit, period })).coverage.unfiltered).toBeUndefined();
    const byChannel = await formulaFor(ws, { tree: profit, period, filters: { channel: ['seo'] } });
    for (const t of Object.keys(byChannel.coverage.unfiltered ?? {}))
      expect(cols.get(t)!.has('channel')).toBe(false);
  });
});
