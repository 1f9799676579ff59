/**
 * The retail sample company read back through DuckDB: structure, internal consistency and the
 * signals later analyses rely on (repeat purchases, a lever shift between years, weak stores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { header } from '../../src/generate/columns.ts';
import type { GenerateResult } from '../../src/generate/index.ts';
import { readFile } from 'node:fs/promises';
import { generateWithViews, memoryEngine, removeDir, scalar } from './helpers.ts';

const ORDERS = 40_000;
let engine: Engine;
let dir: string;
let result: GenerateResult;
const progress: [number, number][] = [];

beforeAll(async () => {
  engine = await memoryEngine();
  ({ dir, result } = await generateWithViews(engine, { orders: ORDERS, seed: 7 }, progress));
});

afterAll(async () => {
  await engine.driver.close();
  await removeDir(dir);
});

const q = (sql: string) => scalar(engine, sql);

describe('retail sample company', () => {
  it('hits the requested number of order lines within 10%', async () => {
    expect(result.rows.orders).toBeGreaterThan(ORDERS * 0.9);
    expect(result.rows.orders).toBeLessThan(ORDERS * 1.1);
    expect(await q('SELECT count(*) FROM o')).toBe(result.rows.orders);
    expect(await q('SELECT count(*) FROM l')).toBe(result.rows.leads);
    expect(result.rows.costs).toBe(36 * 3);
  });

  it('writes the canonical headers', async () => {
    for (const kind of ['orders', 'leads', 'spend', 'costs'] as const) {
      const text = await readFile(result.files[kind], 'utf8');
      expect(text.slice(0, text.indexOf('\n'))).toBe(header(kind));
    }
  });

  it('covers the 36 months before the end, in time order', async () => {
    expect(await q("SELECT strftime(min(ts), '%Y-%m') FROM o")).toBe('2023-11');
    expect(await q("SELECT max(ts) < TIMESTAMP '2026-11-01' FROM o")).toBe(true);
    expect(await q("SELECT count(DISTINCT date_trunc('month', ts)) FROM o")).toBe(36);
    expect(
      await q(
        'SELECT count(*) FROM (SELECT ts < lag(ts) OVER (ORDER BY order_id) AS back FROM o) WHERE back',
      ),
    ).toBe(0);
  });

  it('keeps ids, amounts and items well-formed', async () => {
    expect(
      await q(
        "SELECT count(*) FROM o WHERE NOT regexp_full_match(order_id, 'O\\d{8}') OR NOT regexp_full_match(customer_id, 'C\\d{7,}')",
      ),
    ).toBe(0);
    expect(
      await q('SELECT count(*) FROM o WHERE items < 1 OR revenue <= 0 OR cost <= 0 OR discount < 0'),
    ).toBe(0);
    expect(
      await q(
        'SELECT count(*) FROM o WHERE revenue IS NULL OR ts IS NULL OR store IS NULL OR category IS NULL',
      ),
    ).toBe(0);
  });

  it('shares customer, time, channel, store, region and manager across the lines of an order', async () => {
    const split = await q(`SELECT count(*) FROM (SELECT order_id FROM o GROUP BY 1
      HAVING count(DISTINCT (customer_id, ts, channel, store, region, manager)) > 1)`);
    expect(split).toBe(0);
    expect(Number(await q('SELECT count(*) / count(DISTINCT order_id) FROM o'))).toBeGreaterThan(1.3);
  });

  it('points converted leads at new clients whose first order follows the lead on its channel', async () => {
    const converted = Number(await q("SELECT count(*) FROM l WHERE status = 'converted'"));
    expect(converted).toBeGreaterThan(1000);
    expect(await q("SELECT count(*) FROM l WHERE (status = 'converted') <> (customer_id IS NOT NULL)")).toBe(
      0,
    );
    const ok =
      await q(`WITH first AS (SELECT customer_id, min(ts) AS ts, arg_min(channel, ts) AS channel FROM o GROUP BY 1)
      SELECT count(*) FROM l JOIN first f USING (customer_id) WHERE f.ts >= l.ts AND f.channel = l.channel`);
    expect(ok).toBe(converted);
    expect(await q('SELECT count(DISTINCT customer_id) = count(customer_id) FROM l')).toBe(true);
  });

  it('rejects 10-25% of leads depending on the channel', async () => {
    const rows = await engine.driver.query(
      "SELECT channel, avg((status = 'rejected')::int) AS r FROM l GROUP BY 1",
    );
    for (const r of rows) {
      expect(Number(r['r'])).toBeGreaterThan(0.07);
      expect(Number(r['r'])).toBeLessThan(0.28);
    }
  });

  it('reconciles costs.cogs with orders.cost to the kopeck, month by month', async () => {
    const diff =
      await q(`SELECT count(*) FROM (SELECT date_trunc('month', ts)::DATE AS month, sum(cost) AS cost FROM o GROUP BY 1) x
      FULL JOIN (SELECT month, amount FROM c WHERE kind = 'cogs') y USING (month) WHERE x.cost IS DISTINCT FROM y.amount`);
    expect(diff).toBe(0);
    expect(await q("SELECT count(*) FROM c WHERE kind NOT IN ('cogs', 'sga', 'other') OR amount <= 0")).toBe(
      0,
    );
  });

  it('has margins of 25-60% per category and a profitable but not absurd company', async () => {
    const rows = await engine.driver.query(
      'SELECT category, 1 - sum(cost) / sum(revenue) AS m FROM o GROUP BY 1',
    );
    for (const r of rows) {
      expect(Number(r['m'])).toBeGreaterThan(0.2);
      expect(Number(r['m'])).toBeLessThan(0.62);
    }
    const profit = Number(
      await q(`SELECT ((SELECT sum(revenue) FROM o) - (SELECT sum(amount) FROM c)
      - (SELECT sum(amount) FROM s)) / (SELECT sum(revenue) FROM o)`),
    );
    expect(profit).toBeGreaterThan(0);
    expect(profit).toBeLessThan(0.25);
  });

  it('writes spend only for paid channels, every day', async () => {
    const paid = await engine.driver.query('SELECT DISTINCT channel FROM s ORDER BY 1');
    expect(paid.map((r) => r['channel'])).toEqual(['context', 'email', 'marketplace', 'social']);
    expect(await q('SELECT count(*) FROM s')).toBe(1096 * 4);
    expect(await q('SELECT count(*) FROM s WHERE clicks > impressions OR amount <= 0')).toBe(0);
  });

  it('has realistic repeat purchases', async () => {
    const share = Number(
      await q(
        'SELECT avg((n > 1)::int) FROM (SELECT count(DISTINCT order_id) AS n FROM o GROUP BY customer_id)',
      ),
    );
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.6);
  });

  it('peaks in December and dips in summer', async () => {
    const byMonth = await engine.driver.query(
      "SELECT month(ts) AS m, sum(revenue) AS r FROM o WHERE ts >= TIMESTAMP '2025-11-01' GROUP BY 1",
    );
    const rev = (m: number) => Number(byMonth.find((r) => r['m'] === m)?.['r']);
    expect(rev(12)).toBeGreaterThan(rev(11) * 1.15);
    expect(rev(7)).toBeLessThan(rev(5));
  });

  it('changes lever structure in the last 12 months: more leads, lower conversion, dearer items', async () => {
    const rows = await engine.driver.query(`SELECT ts >= TIMESTAMP '2025-11-01' AS last, count(*) AS leads,
      avg((status = 'converted')::int) AS conv FROM l WHERE ts >= TIMESTAMP '2024-11-01' GROUP BY 1 ORDER BY 1`);
    const prices = await engine.driver
      .query(`SELECT ts >= TIMESTAMP '2025-11-01' AS last, sum(revenue) / sum(items) AS pu
      FROM o WHERE ts >= TIMESTAMP '2024-11-01' GROUP BY 1 ORDER BY 1`);
    const [prev, last] = rows.map((r) => ({ leads: Number(r['leads']), conv: Number(r['conv']) }));
    expect(last!.leads).toBeGreaterThan(prev!.leads * 1.1);
    expect(last!.conv).toBeLessThan(prev!.conv * 0.95);
    expect(Number(prices[1]!['pu'])).toBeGreaterThan(Number(prices[0]!['pu']) * 1.03);
  });

  it('has stores that are clearly weak on one lever', async () => {
    const rows = await engine.driver.query(`SELECT store, sum(items) / count(DISTINCT order_id) AS d,
      sum(revenue) / sum(items) AS pu FROM o GROUP BY 1`);
    const by = new Map(rows.map((r) => [r['store'], { d: Number(r['d']), pu: Number(r['pu']) }]));
    expect(by.get('Kazan Gorki')!.d).toBeLessThan(by.get('Kazan Baumana')!.d * 0.75);
    expect(by.get('Yekaterinburg Vainera')!.pu).toBeLessThan(by.get('Moscow Tverskaya')!.pu * 0.85);
  });

  it('reports progress', () => {
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([result.rows.orders, result.rows.orders]);
  });
});
