import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../src/services/index.ts';
import { testApp } from './helpers.ts';

// 12 345 678 901 234,56 ₽: sixteen significant digits, one more than the old 15-digit cut kept.
const BIG = '12345678901234.56';

describe('JSON revenue keeps its kopecks from 10¹³ ₽ (issue 12, §6)', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    ws = await openWorkspace(':memory:');
    await ws.engine.driver.exec(
      `CREATE TABLE orders (order_id VARCHAR, customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2));
       INSERT INTO orders VALUES ('o1', 'c1', TIMESTAMP '2024-03-01 10:00:00', ${BIG}),
         ('o0', 'c0', TIMESTAMP '2024-02-01 10:00:00', 0.01)`,
    );
    t = await testApp({ workspace: ws });
  });
  afterAll(() => ws.close());

  const text = async (path: string): Promise<string> => {
    const res = await t.asToken('analyst', path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('formula, comparison and RFM answer 12345678901234.56, not 12345678901234.6', async () => {
    // The JSON text itself: a client reading the number gets the amount to the kopeck.
    expect(await text('/api/formula?period=2024-03')).toContain(`"revenue":${BIG}`);
    // Without leads the split has no data; each period's revenue still comes from the data.
    expect(await text('/api/compare?period=2024-03&compare=2024-02')).toContain(`"revenue":${BIG}`);
    const rfm = JSON.parse(await text('/api/customers/rfm?asof=2024-03-31')) as {
      revenue: number;
      segments: Array<{ revenue: number }>;
    };
    expect(rfm.revenue).toBe(12_345_678_901_234.57);
    expect(rfm.segments.map((s) => s.revenue)).toContain(Number(BIG));
  });
});
