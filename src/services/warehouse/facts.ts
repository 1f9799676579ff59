import { saveWarehouseFact, warehouseFact } from '../../store/index.ts';
import { uniqueOrderIdsQuery } from '../../sql/customers/rfm-columns.ts';
import { warehouseVersion } from './version.ts';
import type { Workspace } from './workspace.ts';

/**
 * A fact about the warehouse's data, learnt by `learn` once per warehouse version and kept in the
 * app store, so every later command and request — in this process or the next — reads it
 * instead of scanning millions of rows again.
 */
export async function rememberedFact(
  ws: Workspace,
  name: string,
  learn: () => Promise<string>,
): Promise<string> {
  const version = warehouseVersion(ws);
  const known = warehouseFact(ws.store, version, name);
  if (known !== null) return known;
  const value = await learn();
  // An import that landed meanwhile made the answer stale: do not file it under the new version.
  if (warehouseVersion(ws) === version) saveWarehouseFact(ws.store, version, name, value);
  return value;
}

/**
 * Whether no two rows of `orders` share an order_id: then counting rows per customer gives the
 * distinct orders without hashing every id (a million customers' RFM in a fraction of the time).
 */
export async function orderIdsUnique(ws: Workspace): Promise<boolean> {
  const value = await rememberedFact(ws, 'orders.order_ids_unique', async () => {
    const q = uniqueOrderIdsQuery(ws.engine.dialect);
    const [row] = await ws.engine.driver.query(q.sql, q.params);
    return row?.['unique_ids'] === true ? 'true' : 'false';
  });
  return value === 'true';
}
