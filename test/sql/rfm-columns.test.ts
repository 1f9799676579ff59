import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rfmValuesQuery } from '../../src/sql/customers/rfm.ts';
import { rfmColumnsQuery, uniqueOrderIdsQuery } from '../../src/sql/customers/rfm-columns.ts';
import { duckdbDialect } from '../../src/sql/duckdb-dialect.ts';
import type { Engine } from '../../src/engines/engine.ts';
import { rfmPackageOrders } from './rfm-orders.ts';

const d = duckdbDialect;

// The columnar query's values, mapped back to rfmValuesQuery's row shape.
async function viaColumns(
  engine: Engine,
  asOf: string,
  windowDays: number,
  wholeHistory: boolean,
  orders: 'distinct' | 'unique-ids' | 'rows',
) {
  const q = rfmColumnsQuery(d, { asOf, windowDays, wholeHistory, orders });
  const res = await engine.driver.queryColumns(q.sql, q.params);
  const n = (c: string) => Array.from(res.numbers(c));
  const [rec, f, all, rev, ten] = [
    'recency_days',
    'frequency',
    'orders_all_time',
    'revenue_all_time',
    'tenure_days',
  ].map(n);
  const mon = wholeHistory ? rev!.map((v) => (Number.isNaN(v) ? 0 : v)) : n('monetary');
  const day = (k: number) => new Date(Date.parse(asOf) - k * 86_400_000).toISOString().slice(0, 10);
  return res.values('customer_id').map((id, i) => ({
    customer_id: id,
    recency_days: rec![i],
    frequency: f![i],
    monetary: mon[i],
    orders_all_time: all![i],
    revenue_all_time: rev![i],
    first_order: day(ten![i]!),
    last_order: day(rec![i]!),
    tenure_days: ten![i],
  }));
}

describe('rfmColumnsQuery (duckdb)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await rfmPackageOrders();
    // Order lines: every row an order id, a few orders of two lines.
    await engine.driver.exec(
      `CREATE TABLE lines AS SELECT *, 'o' || CAST(row_number() OVER (ORDER BY customer_id, ts, revenue) // 3 AS VARCHAR) AS order_id FROM orders`,
    );
  });
  afterAll(() => engine.driver.close());

  it('gives what rfmValuesQuery gives, whole history and windowed, without order ids', async () => {
    for (const [asOf, windowDays, whole] of [
      ['2006-12-31', 100_000, true],
      ['2006-12-31', 180, false],
      ['2005-06-30', 365, false],
    ] as const) {
      const q = rfmValuesQuery(d, { asOf, windowDays, hasOrderId: false });
      const rows = await engine.driver.query(q.sql, q.params);
      expect(await viaColumns(engine, asOf, windowDays, whole, 'rows')).toEqual(rows);
    }
  });

  it('counts distinct order ids of order lines, and knows they repeat', async () => {
    await engine.driver.exec('ALTER TABLE orders RENAME TO plain');
    await engine.driver.exec('ALTER TABLE lines RENAME TO orders');
    try {
      for (const [windowDays, whole] of [
        [100_000, true],
        [200, false],
      ] as const) {
        const q = rfmValuesQuery(d, { asOf: '2006-12-31', windowDays, hasOrderId: true });
        const rows = await engine.driver.query(q.sql, q.params);
        expect(await viaColumns(engine, '2006-12-31', windowDays, whole, 'distinct')).toEqual(rows);
      }
      const u = uniqueOrderIdsQuery(d);
      expect(await engine.driver.query(u.sql, u.params)).toEqual([{ unique_ids: false }]);
    } finally {
      await engine.driver.exec('ALTER TABLE orders RENAME TO lines');
      await engine.driver.exec('ALTER TABLE plain RENAME TO orders');
    }
  });
});
