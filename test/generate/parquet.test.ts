import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { generateCompany } from '../../src/generate/index.ts';
import { generateWithViews, memoryEngine, removeDir, tempDir } from './helpers.ts';

let engine: Engine;
const dirs: string[] = [];

beforeAll(async () => {
  engine = await memoryEngine();
});

afterAll(async () => {
  await engine.driver.close();
  await Promise.all(dirs.map(removeDir));
});

describe('parquet output', () => {
  it('round-trips: same rows and sums as the CSV of the same seed, canonical types, no temp files', async () => {
    const opts = { orders: 15_000, seed: 3, industry: 'clinic' } as const;
    const csv = await generateWithViews(engine, opts);
    dirs.push(csv.dir);
    const dir = await tempDir();
    dirs.push(dir);
    const pq = await generateCompany({ ...opts, outDir: dir, format: 'parquet' }, { engine });
    expect(pq.rows).toEqual(csv.result.rows);
    expect((await readdir(dir)).sort()).toEqual([
      'costs.parquet',
      'leads.parquet',
      'orders.parquet',
      'spend.parquet',
    ]);

    const read = (kind: keyof typeof pq.files) => engine.dialect.readParquet(pq.files[kind]);
    const sums = async (from: string, exprs: string) =>
      (await engine.driver.query(`SELECT ${exprs} FROM ${from}`))[0];
    const orderSums =
      'count(*) AS n, sum(revenue) AS r, sum(cost) AS c, sum(discount) AS d, sum(items) AS i, max(ts) AS t';
    expect(await sums(read('orders'), orderSums)).toEqual(await sums('o', orderSums));
    const leadSums = "count(*) AS n, count(customer_id) AS k, count(*) FILTER (status = 'rejected') AS r";
    expect(await sums(read('leads'), leadSums)).toEqual(await sums('l', leadSums));
    const spendSums = 'count(*) AS n, sum(amount) AS a, sum(clicks) AS c, sum(impressions) AS i';
    expect(await sums(read('spend'), spendSums)).toEqual(await sums('s', spendSums));
    expect(await sums(read('costs'), 'sum(amount) AS a, min(month) AS m')).toEqual(
      await sums('c', 'sum(amount) AS a, min(month) AS m'),
    );

    const types = await engine.driver.query(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${read('orders')})`,
    );
    expect(Object.fromEntries(types.map((r) => [r['column_name'], r['column_type']]))).toMatchObject({
      order_id: 'VARCHAR',
      customer_id: 'VARCHAR',
      ts: 'TIMESTAMP',
      revenue: 'DECIMAL(18,2)',
      items: 'INTEGER',
    });
    const spendTypes = await engine.driver.query(
      `SELECT column_type FROM (DESCRIBE SELECT * FROM ${read('spend')})`,
    );
    expect(spendTypes.map((r) => r['column_type'])).toEqual([
      'DATE',
      'VARCHAR',
      'DECIMAL(18,2)',
      'BIGINT',
      'BIGINT',
    ]);
  });
});
