import { openWorkspace, type Workspace } from '../../src/services/index.ts';

/** One order line: order, customer, time, channel, category, revenue, cost. */
type Line = [
  order: string,
  customer: string,
  ts: string,
  channel: string,
  category: string,
  revenue: number,
  cost: number,
];

/**
 * Five customers, checked by hand in the tests (as of 2024-03-31):
 *
 * | customer | orders (channel: category revenue/cost)                              | first  |
 * | a        | A1 01-05 ads: X 100/60 + Y 50/30; A2 01-20 ads: Y 40/20; A3 03-10 email: X 200/120 | Jan, ads |
 * | b        | B1 01-15 seo: Y 80/50; B2 02-03 email: X 120/70                       | Jan, seo |
 * | c        | C1 02-10 ads: X 100/50                                               | Feb, ads |
 * | d        | D1 02-25 ads: Y 60/40; D2 02-26 ads: Y 30/20                          | Feb, ads |
 * | e        | E1 03-05 seo: X 45/20 + Y 45/25 (a tie: X, the smaller, labels it)     | Mar, seo |
 *
 * Spend: ads 1000 in January, 80 in February (10 000 impressions, 200 clicks) and 40 in March
 * (5 000, 100); email 50 in March without impressions or clicks; nothing for seo.
 * Leads: ads one in January, two in February (they became d and c), two in March; seo one in
 * March (it became e).
 */
export const COHORT_LINES: readonly Line[] = [
  ['A1', 'a', '2024-01-05 10:00', 'ads', 'X', 100, 60],
  ['A1', 'a', '2024-01-05 10:00', 'ads', 'Y', 50, 30],
  ['A2', 'a', '2024-01-20 10:00', 'ads', 'Y', 40, 20],
  ['A3', 'a', '2024-03-10 10:00', 'email', 'X', 200, 120],
  ['B1', 'b', '2024-01-15 10:00', 'seo', 'Y', 80, 50],
  ['B2', 'b', '2024-02-03 10:00', 'email', 'X', 120, 70],
  ['C1', 'c', '2024-02-10 10:00', 'ads', 'X', 100, 50],
  ['D1', 'd', '2024-02-25 10:00', 'ads', 'Y', 60, 40],
  ['D2', 'd', '2024-02-26 10:00', 'ads', 'Y', 30, 20],
  ['E1', 'e', '2024-03-05 10:00', 'seo', 'X', 45, 20],
  ['E1', 'e', '2024-03-05 10:00', 'seo', 'Y', 45, 25],
];

const SPEND = `('2024-01-15', 'ads', 1000, 20000, 400), ('2024-02-15', 'ads', 80, 10000, 200),
  ('2024-03-15', 'ads', 40, 5000, 100), ('2024-03-15', 'email', 50, NULL, NULL)`;
const LEADS = `('L1', '2024-01-02', 'ads', NULL), ('L2', '2024-02-01', 'ads', 'd'), ('L3', '2024-02-09', 'ads', 'c'),
  ('L4', '2024-03-01', 'ads', NULL), ('L5', '2024-03-02', 'ads', NULL), ('L6', '2024-03-03', 'seo', 'e')`;

/** A workspace (in memory unless `path` is given) with the lines above; `spend` and `leads` only when asked. */
export async function cohortWorkspace(
  opts: { lines?: readonly Line[]; spend?: boolean; leads?: boolean; path?: string } = {},
): Promise<Workspace> {
  const ws = await openWorkspace(opts.path ?? ':memory:', () => new Date('2024-06-01T12:00:00Z'));
  const run = (sql: string) => ws.engine.driver.exec(sql);
  await run(
    `CREATE TABLE orders (order_id VARCHAR, customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2), ` +
      `cost DECIMAL(18,2), channel VARCHAR, category VARCHAR)`,
  );
  const lines = opts.lines ?? COHORT_LINES;
  if (lines.length)
    await run(
      `INSERT INTO orders VALUES ${lines
        .map(([o, c, ts, ch, cat, r, cost]) => `('${o}', '${c}', '${ts}', ${r}, ${cost}, '${ch}', '${cat}')`)
        .join(', ')}`,
    );
  if (opts.spend ?? true) {
    await run(
      'CREATE TABLE spend (date DATE, channel VARCHAR, amount DECIMAL(18,2), impressions BIGINT, clicks BIGINT)',
    );
    await run(`INSERT INTO spend VALUES ${SPEND}`);
  }
  if (opts.leads ?? true) {
    await run(
      `CREATE TABLE leads (lead_id VARCHAR, ts TIMESTAMP, channel VARCHAR, customer_id VARCHAR, status VARCHAR)`,
    );
    await run(
      `INSERT INTO leads SELECT *, CASE WHEN col3 IS NULL THEN 'accepted' ELSE 'converted' END FROM (VALUES ${LEADS})`,
    );
  }
  return ws;
}
