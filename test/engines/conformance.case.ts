import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { measureQuery } from '../../src/sql/formula/measures.ts';
import { parsePeriod } from '../../src/core/period/index.ts';

/** The fixture every engine loads: three order lines over two months, one of them a line of a shared order. */
export const FIXTURE_ORDERS = [
  ['o1', 'c1', '2024-01-05 10:00:00', '100.10', '2', 'ads'],
  ['o1', 'c1', '2024-01-05 10:00:00', '50.05', '1', 'ads'],
  ['o2', 'c2', '2024-02-10 12:30:00', '200.00', '4', 'seo'],
] as const;

async function loadFixture(engine: Engine): Promise<void> {
  const d = engine.dialect;
  await engine.driver.exec(
    `CREATE TABLE orders (order_id ${d.type('varchar')}, customer_id ${d.type('varchar')}, ts ${d.type('timestamp')}, revenue ${d.type('money')}, items ${d.type('quantity')}, channel ${d.type('varchar')})`,
  );
  for (const r of FIXTURE_ORDERS) {
    await engine.driver.query(
      `INSERT INTO orders VALUES (?, ?, ${d.param('timestamp')}, ${d.param('money')}, ${d.param('quantity')}, ?)`,
      [...r],
    );
  }
}

/**
 * The shared suite: every engine in the registry must pass it, so a new engine cannot skip the
 * invariants services rely on (exact money, parameter binding, streaming, atomic transactions).
 */
export function runConformance(name: string, open: () => Promise<Engine>): void {
  describe(`engine conformance: ${name}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
      await loadFixture(engine);
    });
    afterAll(async () => engine.driver.close());

    it('binds parameters and keeps text ids as text', async () => {
      const rows = await engine.driver.query('SELECT ? AS id, ? AS n', ['00004', 7]);
      expect(rows).toEqual([{ id: '00004', n: 7 }]);
    });

    it('sums money exactly to the kopeck', async () => {
      const [row] = await engine.driver.query('SELECT sum(revenue) AS s, count(*) AS n FROM orders');
      expect(Number(row?.['s'])).toBe(350.15);
      expect(row?.['n']).toBe(3);
    });

    it('returns timestamps as ISO text', async () => {
      const [row] = await engine.driver.query('SELECT min(ts) AS t FROM orders');
      expect(String(row?.['t'])).toMatch(/^2024-01-05T10:00:00/);
    });

    it('streams results in batches', async () => {
      let n = 0;
      for await (const batch of engine.driver.stream('SELECT * FROM range(5000) t(i)')) n += batch.length;
      expect(n).toBe(5000);
    });

    it('rolls back a failed transaction and keeps what was stored', async () => {
      await expect(
        engine.driver.transaction(async () => {
          await engine.driver.exec("DELETE FROM orders WHERE order_id = 'o2'");
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const [row] = await engine.driver.query('SELECT count(*) AS n FROM orders');
      expect(row?.['n']).toBe(3);
    });

    it('computes measures for two periods and a slice in one scan', async () => {
      const q = measureQuery(engine.dialect, {
        table: 'orders',
        measures: [
          { id: 'revenue', spec: { table: 'orders', agg: 'sum', column: 'revenue' } },
          { id: 'orders', spec: { table: 'orders', agg: 'count_distinct', column: 'order_id' } },
        ],
        periods: [
          { name: 'before', period: parsePeriod('2024-01') },
          { name: 'after', period: parsePeriod('2024-02') },
        ],
        filters: {},
        by: ['channel'],
      });
      const rows = await engine.driver.query(q.sql, q.params);
      const norm = rows
        .map((r) => ({
          p: r['_period'],
          ch: r['_by_channel'],
          rev: Number(r['m_revenue']),
          n: r['m_orders'],
        }))
        .sort((a, b) => String(a.p).localeCompare(String(b.p)));
      expect(norm).toEqual([
        { p: 'after', ch: 'seo', rev: 200, n: 1 },
        { p: 'before', ch: 'ads', rev: 150.15, n: 1 },
      ]);
    });

    it('reports its capabilities', () => {
      const caps = engine.driver.capabilities();
      expect(caps.name).toBe(name);
      expect(typeof caps.transactions).toBe('boolean');
    });
  });
}
