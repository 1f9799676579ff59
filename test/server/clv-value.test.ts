import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerValuesFor, rfmFor, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

interface Group {
  customers: number;
  clv: number;
  average: number;
}
interface Body {
  asOf: string;
  total: Group;
  segments: Array<Group & { segment: string; name: string }>;
  top: Array<{ customer_id: string; segment: string; clv: number }>;
}

const kop = (v: number): number => Math.round(v * 100);

// Issue 13 §5: the «Прогноз CLV» tab shows CLV in roubles, as the CLI's `clv --customers` does.
describe('CLV in roubles on the CLV tab: total, RFM segments and top customers', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  const get = async (path: string): Promise<Body> => {
    const res = await t.asToken('analyst', path, { headers: { 'accept-language': 'ru' } });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Body;
  };

  it('CLV in roubles: the total and each segment add up the per-customer CLV the CLI computes', async () => {
    const body = await get('/api/customers/clv/value?horizon=52&margin=1');
    // The CLI's own per-customer values and RFM segments, computed here independently.
    const values = await customerValuesFor(ws, {
      unit: 'week',
      horizon: 52,
      margin: 1,
      calibrationEnd: body.asOf,
    });
    const rfm = await rfmFor(ws, { binning: 'quantile', asOf: body.asOf }, 'ru');
    const segmentOf = new Map(rfm.customers.map((c) => [c.customer_id, c.segment]));
    const total = values.customers.reduce((s, c) => s + kop(c.clv), 0);
    expect(body.total.customers).toBe(values.customers.length);
    expect(kop(body.total.clv)).toBe(total);
    expect(body.total.clv).toBeGreaterThan(0);
    // Segments partition the customers and the roubles exactly.
    expect(body.segments.reduce((s, g) => s + g.customers, 0)).toBe(body.total.customers);
    expect(body.segments.reduce((s, g) => s + kop(g.clv), 0)).toBe(total);
    for (const g of body.segments) {
      const mine = values.customers.filter((c) => segmentOf.get(c.customer_id) === g.segment);
      expect(kop(g.clv), g.segment).toBe(mine.reduce((s, c) => s + kop(c.clv), 0));
      expect(g.average).toBeCloseTo(g.clv / g.customers, 2);
    }
    expect(body.segments.find((g) => g.segment === 'Champions')?.name).toBe('Чемпионы');
    // The top list is the most valuable customers, in order.
    const best = [...values.customers].sort((a, b) => b.clv - a.clv).slice(0, 10);
    expect(body.top.map((c) => c.clv)).toEqual(best.map((c) => c.clv));
  }, 120_000);

  it('CLV in roubles follows the horizon and the margin share', async () => {
    const year = await get('/api/customers/clv/value?horizon=52&margin=1');
    const two = await get('/api/customers/clv/value?horizon=104&margin=1');
    const half = await get('/api/customers/clv/value?horizon=52&margin=0.5');
    expect(two.total.clv).toBeGreaterThan(year.total.clv);
    // Half the margin is half the value, up to each customer's rounding to the kopeck.
    expect(Math.abs(kop(half.total.clv) * 2 - kop(year.total.clv))).toBeLessThanOrEqual(
      year.total.customers * 2,
    );
    const bad = await t.asToken('analyst', '/api/customers/clv/value?margin=2');
    expect(bad.status).toBe(400);
  }, 120_000);
});
