import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSummaryQuery } from '../../src/sql/customers/customers.ts';
import { duckdbDialect } from '../../src/sql/duckdb-dialect.ts';
import type { Engine } from '../../src/engines/engine.ts';
import { readCdnowCbs } from '../core/clv/cdnow.ts';
import { cdnowOrders } from './cdnow-orders.ts';

describe('customerSummaryQuery (duckdb)', () => {
  it('renders the exact SQL with the dates as parameters (no holdout: no FILTERs, one key)', () => {
    const q = customerSummaryQuery(duckdbDialect, { calibrationEnd: '1997-09-30', unit: 'month' });
    expect(q.sql).toBe(
      `SELECT "x", "t_x", "T", "m_x", "x_star", count(*) AS "w" FROM (` +
        `SELECT "customer_id", count(*) - 1 AS "x", ` +
        `CAST(max("day") - min("day") AS DOUBLE) / 30.4375 AS "t_x", ` +
        `CAST(CAST(? AS DATE) - min("day") AS DOUBLE) / 30.4375 AS "T", ` +
        `coalesce(CAST(sum("value") - arg_min("value", "day") AS DOUBLE) / nullif(count(*) - 1, 0), 0) AS "m_x", ` +
        `0 AS "x_star" FROM (` +
        `SELECT "customer_id", CAST("ts" AS DATE) AS "day", sum("revenue") AS "value" FROM "orders" ` +
        `WHERE "customer_id" IS NOT NULL AND "ts" < CAST(? AS DATE) + INTERVAL 1 DAY GROUP BY 1, 2) AS "d" ` +
        `GROUP BY "customer_id") AS "c" GROUP BY "x", "t_x", "T", "m_x", "x_star" ORDER BY "x", "t_x", "T", "m_x", "x_star"`,
    );
    expect(q.params).toEqual(['1997-09-30', '1997-09-30']);
  });

  it('renders the holdout form with the calibration end bound once as a relation', () => {
    const q = customerSummaryQuery(duckdbDialect, {
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      unit: 'month',
    });
    expect(q.sql).toBe(
      `SELECT "x", "t_x", "T", "m_x", "x_star", count(*) AS "w" FROM (` +
        `SELECT "customer_id", count(*) FILTER (WHERE "day" <= "cal_end") - 1 AS "x", ` +
        `CAST(max("day") FILTER (WHERE "day" <= "cal_end") - min("day") AS DOUBLE) / 30.4375 AS "t_x", ` +
        `CAST("cal_end" - min("day") AS DOUBLE) / 30.4375 AS "T", ` +
        `coalesce(CAST(sum("value") FILTER (WHERE "day" <= "cal_end") - arg_min("value", "day") AS DOUBLE) / ` +
        `nullif(count(*) FILTER (WHERE "day" <= "cal_end") - 1, 0), 0) AS "m_x", ` +
        `count(*) FILTER (WHERE "day" > "cal_end") AS "x_star" FROM (` +
        `SELECT "customer_id", CAST("ts" AS DATE) AS "day", sum("revenue") AS "value" FROM "orders" ` +
        `WHERE "customer_id" IS NOT NULL AND "ts" < CAST(? AS DATE) + INTERVAL 1 DAY GROUP BY 1, 2) AS "d" ` +
        `CROSS JOIN (SELECT CAST(? AS DATE) AS "cal_end") AS "p" GROUP BY "customer_id", "cal_end" ` +
        `HAVING min("day") <= "cal_end") AS "c" GROUP BY "x", "t_x", "T", "m_x", "x_star" ORDER BY "x", "t_x", "T", "m_x", "x_star"`,
    );
    expect(q.params).toEqual(['1998-06-30', '1997-09-30']);
  });

  describe('on the CDNOW sample', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await cdnowOrders();
    });
    afterAll(() => engine.driver.close());

    it("matches BTYD's cdnowSummary$cbs customer by customer, holdout included", async () => {
      const q = customerSummaryQuery(duckdbDialect, {
        calibrationEnd: '1997-09-30',
        holdoutEnd: '1998-06-30',
        unit: 'week',
        perCustomer: true,
      });
      const rows = await engine.driver.query(q.sql, q.params);
      const expected = readCdnowCbs();
      expect(rows.length).toBe(expected.length);
      const byId = new Map(rows.map((r) => [Number(r.customer_id), r]));
      for (const e of expected) {
        const r = byId.get(e.id)!;
        expect([r.x, r.x_star]).toEqual([e.x, e.xStar]);
        expect(r.t_x as number).toBeCloseTo(e.tx, 9);
        expect(r.T as number).toBeCloseTo(e.T, 9);
        expect(r.m_x as number).toBeCloseTo(e.m, 9);
      }
    });

    it('compresses identical customers into weighted rows', async () => {
      const q = customerSummaryQuery(duckdbDialect, { calibrationEnd: '1997-09-30', unit: 'week' });
      const rows = await engine.driver.query(q.sql, q.params);
      expect(rows.reduce((s, r) => s + (r.w as number), 0)).toBe(2357);
      expect(rows.length).toBe(1030);
      expect(rows.every((r) => r.x_star === 0)).toBe(true);
    });

    it('counts days, not weeks, when asked', async () => {
      const q = customerSummaryQuery(duckdbDialect, {
        calibrationEnd: '1997-09-30',
        unit: 'day',
        perCustomer: true,
      });
      const [first] = await engine.driver.query(q.sql, q.params);
      // Customer 1 bought on 1997-01-01, 01-18 and 08-02: t_x = 213 days, T = 272 days.
      expect(first).toMatchObject({ customer_id: '1', x: 2, t_x: 213, T: 272 });
    });
  });
});
