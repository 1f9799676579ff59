import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purchaseGapQuantileQuery, rfmValuesQuery } from '../../src/sql/customers/rfm.ts';
import { duckdbDialect } from '../../src/sql/duckdb-dialect.ts';
import type { Engine } from '../../src/engines/engine.ts';
import { rfmPackageOrders } from './rfm-orders.ts';

describe('rfmValuesQuery (duckdb)', () => {
  it('renders the exact SQL, counting distinct order ids when the table has them', () => {
    const q = rfmValuesQuery(duckdbDialect, { asOf: '2024-06-30', windowDays: 180, hasOrderId: true });
    expect(q.sql).toBe(
      `SELECT "customer_id", "as_of" - max(CAST("ts" AS DATE)) AS "recency_days", ` +
        `count(DISTINCT "order_id") FILTER (WHERE CAST("ts" AS DATE) > "as_of" - "window_days") AS "frequency", ` +
        `coalesce(CAST(sum("revenue") FILTER (WHERE CAST("ts" AS DATE) > "as_of" - "window_days") AS DOUBLE), 0) AS "monetary", ` +
        `count(*) AS "orders_all_time", CAST(sum("revenue") AS DOUBLE) AS "revenue_all_time", ` +
        `CAST(min(CAST("ts" AS DATE)) AS VARCHAR) AS "first_order", CAST(max(CAST("ts" AS DATE)) AS VARCHAR) AS "last_order", ` +
        `"as_of" - min(CAST("ts" AS DATE)) AS "tenure_days" FROM "orders" CROSS JOIN ` +
        `(SELECT CAST(? AS DATE) AS "as_of", CAST(? AS INTEGER) AS "window_days") AS "p" ` +
        `WHERE "customer_id" IS NOT NULL AND CAST("ts" AS DATE) <= "as_of" GROUP BY "customer_id", "as_of" ORDER BY "customer_id"`,
    );
    expect(q.params).toEqual(['2024-06-30', 180]);
  });

  describe("on the R package's example orders", () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await rfmPackageOrders();
    });
    afterAll(() => engine.driver.close());

    it('gives every customer, all 4 906 order rows, and the window on top', async () => {
      const q = rfmValuesQuery(duckdbDialect, { asOf: '2006-12-31', hasOrderId: false });
      const rows = await engine.driver.query(q.sql, q.params);
      expect(rows.length).toBe(995);
      expect(rows.reduce((s, r) => s + (r.orders_all_time as number), 0)).toBe(4906);
      expect(rows[0]).toEqual({
        customer_id: "Abbey O'Reilly",
        recency_days: 205,
        frequency: 2,
        monetary: 87,
        orders_all_time: 6,
        revenue_all_time: 472,
        first_order: '2005-07-16',
        last_order: '2006-06-09',
        tenure_days: 533,
      });
    });

    it('ignores orders after the as-of date', async () => {
      const q = rfmValuesQuery(duckdbDialect, { asOf: '2003-01-01', hasOrderId: false });
      const rows = await engine.driver.query(q.sql, q.params);
      expect(rows.every((r) => (r.recency_days as number) >= 0)).toBe(true);
      expect(rows.length).toBeLessThan(995);
    });

    it('finds the limit day as a percentile of the gaps between purchase days', async () => {
      const q = purchaseGapQuantileQuery(duckdbDialect, '2006-12-31', 0.9);
      expect(q.sql).toContain('quantile_cont("gap", 0.9)');
      const [row] = await engine.driver.query(q.sql, q.params);
      expect(row).toEqual({ limit_day: 342 });
    });
  });
});
