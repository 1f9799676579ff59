import type { Engine } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { DATASETS } from '../core/clv/cdnow.ts';

/** An in-memory DuckDB whose `orders` table holds the R package `rfm`'s rfm_data_orders (4 906 rows). */
export async function rfmPackageOrders(): Promise<Engine> {
  const engine = await openDuckDb({ path: ':memory:' });
  await engine.driver.exec(
    `CREATE TABLE orders AS SELECT customer_id, CAST(order_date AS TIMESTAMP) AS ts, CAST(revenue AS DECIMAL(18,2)) AS revenue ` +
      `FROM read_csv('${DATASETS}rfm/rfm_data_orders.csv', header = true)`,
  );
  return engine;
}
