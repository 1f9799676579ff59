import type { Engine } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { DATASETS } from '../core/clv/cdnow.ts';

/** An in-memory DuckDB whose `orders` table holds the CDNOW 1/10 sample (6 919 rows), read by DuckDB. */
export async function cdnowOrders(): Promise<Engine> {
  const engine = await openDuckDb({ path: ':memory:' });
  await engine.driver.exec(
    `CREATE TABLE orders AS SELECT sampleid AS customer_id, strptime(date, '%Y%m%d') AS ts, ` +
      `CAST(sales AS DECIMAL(18,2)) AS revenue FROM read_csv('${DATASETS}cdnow/cdnowElog_BTYD.csv', header = true, all_varchar = true)`,
  );
  return engine;
}
