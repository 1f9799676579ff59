import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { formulaFor, resolvePeriods, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>;

const post = (t: App, body: unknown, lang = 'ru') =>
  t.asToken('manager', '/api/whatif', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  });

interface Body {
  revenue: number;
  profit: number | null;
  costs?: Array<{ id: string; value: number | null; source: string }>;
  costsPeriod?: { label: string };
  profitMissing?: string[];
  goal?: { value: number; factor: number; levers: Array<{ lever: string; to: number }> };
  error?: { field: string; message: string };
}

describe('what-if gives no profit (issue 13 §1), through POST /api/whatif', () => {
  let ws: Workspace;
  let t: App;
  // The period's own figures, read by the formula service, not by the what-if under test.
  let data: {
    levers: Record<string, number>;
    spend: number;
    sga: number;
    other: number;
    label: string;
    profit: number;
  };
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
    const { current } = await resolvePeriods(ws, {});
    const f = await formulaFor(ws, { tree: getPreset('profit'), period: current });
    const n = (id: string) => f.nodes[id] as number;
    data = {
      levers: Object.fromEntries(['L', 'C', 'Pu', 'D', 'Q', 'M'].map((l) => [l, n(l)])),
      spend: n('spend'),
      sga: n('sga'),
      other: n('other'),
      label: current.label,
      profit: f.profit as number,
    };
  }, 120_000);
  afterAll(() => ws.close());

  /** profit = L·C·Pu·D·Q·M − spend − sga − other, multiplied out here. */
  const profitOf = (v: Record<string, number>, spend: number, sga: number, other: number) =>
    v['L']! * v['C']! * v['Pu']! * v['D']! * v['Q']! * v['M']! - spend - sga - other;

  it('what-if gives profit from lever values with spend and fixed costs from the data period', async () => {
    const typed = { ...data.levers, C: data.levers['C']! * 1.1 };
    const res = await post(t, { model: 'profit', values: typed });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(data.spend).toBeGreaterThan(0);
    expect(data.sga).toBeGreaterThan(0);
    expect(body.profit).toBeCloseTo(profitOf(typed, data.spend, data.sga, data.other), 4);
    expect(body.costs).toEqual([
      { id: 'spend', value: data.spend, source: 'data' },
      { id: 'sga', value: data.sga, source: 'data' },
      { id: 'other', value: data.other, source: 'data' },
    ]);
    expect(body.costsPeriod?.label).toBe(data.label);
    expect(body.profitMissing).toBeUndefined();
  });

  it('what-if at the data’s own lever values gives the data’s profit', async () => {
    const body = (await (await post(t, { model: 'profit', values: data.levers })).json()) as Body;
    // The data's profit is rounded to kopecks; the what-if's is not.
    expect(Math.abs((body.profit as number) - data.profit)).toBeLessThan(0.01);
  });

  it('what-if gives profit from typed spend and fixed costs, over the data', async () => {
    const res = await post(t, { model: 'profit', values: { ...data.levers, spend: 0, sga: 1_000_000 } });
    const body = (await res.json()) as Body;
    expect(body.profit).toBeCloseTo(profitOf(data.levers, 0, 1_000_000, data.other), 4);
    expect(body.costs?.map((c) => c.source)).toEqual(['given', 'given', 'data']);
  });

  it('profit goal seek from lever values reaches the target; margin alone gives (target + costs) / revenue', async () => {
    const target = 50_000_000;
    const all = (await (
      await post(t, { model: 'profit', values: data.levers, target: { node: 'profit', value: target } })
    ).json()) as Body;
    expect(all.goal?.value).toBeCloseTo(target, 2);
    const revenue = ['L', 'C', 'Pu', 'D', 'Q'].reduce((p, l) => p * data.levers[l]!, 1);
    const m = (await (
      await post(t, {
        model: 'profit',
        values: data.levers,
        target: { node: 'profit', value: target },
        lever: 'M',
      })
    ).json()) as Body;
    expect(m.goal?.levers[0]?.to).toBeCloseTo((target + data.spend + data.sga + data.other) / revenue, 10);
  });

  it('with no data and no costs typed, profit names the missing inputs, and its goal seek is a bilingual 400', async () => {
    const empty = await testApp();
    try {
      const body = (await (await post(empty, { model: 'profit', values: data.levers })).json()) as Body;
      expect(body.profit).toBeNull();
      expect(body.revenue).toBeGreaterThan(0);
      expect(body.profitMissing).toEqual(['spend', 'sga', 'other']);
      const goal = { model: 'profit', values: data.levers, target: { node: 'profit', value: 5e7 } };
      const ru = await post(empty, goal, 'ru');
      expect(ru.status).toBe(400);
      expect(((await ru.json()) as Body).error).toMatchObject({
        field: 'values',
        message: expect.stringContaining('Маркетинговые расходы (spend)'),
      });
      const en = (await (await post(empty, goal, 'en')).json()) as Body;
      expect(en.error?.message).toContain(
        'profit needs Marketing spend (spend), SG&A (sga), Other costs (other)',
      );
      expect(en.error?.message).not.toContain('has no data');
    } finally {
      await empty.workspace.close();
    }
  });
});
