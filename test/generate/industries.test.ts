/** B2B and clinic presets: the shape differs from retail the way the industries do. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import type { IndustryName } from '../../src/generate/index.ts';
import { generateWithViews, memoryEngine, removeDir, scalar } from './helpers.ts';

let engine: Engine;
const dirs: string[] = [];

beforeAll(async () => {
  engine = await memoryEngine();
});

afterAll(async () => {
  await engine.driver.close();
  await Promise.all(dirs.map(removeDir));
});

async function profileOf(industry: IndustryName) {
  const { dir, result } = await generateWithViews(engine, { industry, orders: 20_000, seed: 5 });
  dirs.push(dir);
  const [row] = await engine.driver
    .query(`SELECT count(*) AS lines, sum(revenue) / count(DISTINCT order_id) AS check,
    sum(items) / count(DISTINCT order_id) AS items, count(DISTINCT order_id) / count(DISTINCT customer_id) AS freq,
    avg((dayofweek(ts) IN (0, 6))::int) AS weekend FROM o`);
  const repeat = Number(
    await scalar(
      engine,
      'SELECT avg((n > 1)::int) FROM (SELECT count(DISTINCT order_id) AS n FROM o GROUP BY customer_id)',
    ),
  );
  const lag = Number(
    await scalar(
      engine,
      `SELECT median(date_diff('day', l.ts, f.ts)) FROM l
    JOIN (SELECT customer_id, min(ts) AS ts FROM o GROUP BY 1) f USING (customer_id)`,
    ),
  );
  return {
    rows: result.rows.orders,
    check: Number(row!['check']),
    items: Number(row!['items']),
    freq: Number(row!['freq']),
    weekend: Number(row!['weekend']),
    repeat,
    lag,
  };
}

describe('industry presets', () => {
  it('b2b has bigger orders, more repeat business, long lead-to-deal cycles and closed weekends', async () => {
    const retail = await profileOf('retail');
    const b2b = await profileOf('b2b');
    expect(b2b.rows).toBeGreaterThan(18_000);
    expect(b2b.rows).toBeLessThan(22_000);
    expect(b2b.check).toBeGreaterThan(retail.check * 10);
    expect(b2b.items).toBeGreaterThan(retail.items * 3);
    expect(b2b.freq).toBeGreaterThan(retail.freq);
    expect(b2b.lag).toBeGreaterThan(14);
    expect(retail.lag).toBeLessThan(2);
    expect(b2b.weekend).toBe(0);
    expect(retail.weekend).toBeGreaterThan(0.25);
  });

  it('clinic has visits of a few services, repeat patients and doctors as managers', async () => {
    const clinic = await profileOf('clinic');
    expect(clinic.rows).toBeGreaterThan(18_000);
    expect(clinic.rows).toBeLessThan(22_000);
    expect(clinic.items).toBeLessThan(4);
    expect(clinic.repeat).toBeGreaterThan(0.2);
    expect(clinic.repeat).toBeLessThan(0.6);
    expect(await scalar(engine, "SELECT count(*) FROM o WHERE manager NOT LIKE 'Dr %'")).toBe(0);
    expect(
      await scalar(
        engine,
        "SELECT count(DISTINCT category) FROM o WHERE category IN ('consultation', 'diagnostics')",
      ),
    ).toBe(2);
  });
});
