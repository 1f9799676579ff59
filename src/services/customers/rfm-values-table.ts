import { rfmColumnsQuery, type RfmColumnsInput } from '../../sql/customers/rfm-columns.ts';
import type { Workspace } from '../warehouse/workspace.ts';

// Names are unique per process, so concurrent requests on the one connection never collide.
let next = 0;

/**
 * Runs `fn` with the per-customer RFM values of one as-of date in a temporary table, dropped
 * afterwards whatever happens. One GROUP BY over the orders feeds every later step (the
 * distributions for the breaks, the scores, the summary, the grid, a list): each re-reads a
 * million narrow rows instead of re-grouping millions of order lines.
 */
export async function withRfmValues<T>(
  ws: Workspace,
  input: RfmColumnsInput,
  fn: (table: string) => Promise<T>,
): Promise<T> {
  const table = `fulcrum_rfm_values_${++next}`;
  const q = rfmColumnsQuery(ws.engine.dialect, { ...input, ordered: false });
  const d = ws.engine.dialect;
  await ws.engine.driver.query(`CREATE TEMP TABLE ${d.ident(table)} AS ${q.sql}`, q.params);
  try {
    return await fn(table);
  } finally {
    await ws.engine.driver.exec(`DROP TABLE IF EXISTS ${d.ident(table)}`);
  }
}
