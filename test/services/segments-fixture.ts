import { openWorkspace, type Workspace } from '../../src/services/index.ts';

/** One order of the hand-checked fixture: customer, day, revenue, optional contacts. */
export type FixtureOrder = [customer: string, day: string, revenue: number];

/**
 * Six customers scored at 2024-06-30 and 2024-12-31 with the breaks below (R in days, F in
 * orders over all history, M in roubles), so every segment and move can be checked by hand:
 *
 * | customer | on 2024-06-30                 | on 2024-12-31              | spent between |
 * | c1       | R5 F3 Potential loyalists     | R5 F4 Champions            | 50            |
 * | c2       | R5 F4 Champions               | R2 F4 At risk              | 0             |
 * | c3       | R5 F1 New                     | R2 F1 Hibernating          | 0             |
 * | c4       | —                             | R3 F1 About to sleep       | 70            |
 * | c5       | —                             | R5 F1 New                  | 30            |
 * | c6       | R1 F1 Lost                    | R1 F1 Lost                 | 0             |
 */
export const FIXTURE_ORDERS: readonly FixtureOrder[] = [
  ['c1', '2024-01-10', 100],
  ['c1', '2024-03-01', 100],
  ['c1', '2024-05-01', 100],
  ['c1', '2024-06-20', 100],
  ['c1', '2024-12-20', 50],
  ['c2', '2024-02-01', 80],
  ['c2', '2024-03-01', 80],
  ['c2', '2024-04-01', 80],
  ['c2', '2024-05-01', 80],
  ['c2', '2024-06-01', 80],
  ['c3', '2024-06-25', 40],
  ['c4', '2024-10-01', 70],
  ['c5', '2024-12-30', 30],
  ['c6', '2023-01-01', 20],
];

/** The breaks the fixture is checked with. */
export const FIXTURE_BREAKS = { r: [30, 90, 180, 365], f: [2, 3, 5, 8], m: [100, 200, 300, 400] };

/** An in-memory workspace whose `orders` hold exactly `orders` (plus any extra text columns). */
export async function ordersWorkspace(
  orders: readonly FixtureOrder[] = FIXTURE_ORDERS,
  extra: Record<string, (customer: string) => string | null> = {},
  clock: () => Date = () => new Date('2025-01-15T12:00:00Z'),
): Promise<Workspace> {
  const ws = await openWorkspace(':memory:', clock);
  const names = Object.keys(extra);
  const cols = ['order_id VARCHAR', 'customer_id VARCHAR', 'ts TIMESTAMP', 'revenue DECIMAL(18,2)'];
  await ws.engine.driver.exec(
    `CREATE TABLE orders (${[...cols, ...names.map((n) => `"${n}" VARCHAR`)].join(', ')})`,
  );
  for (const [i, [customer, day, revenue]] of orders.entries()) {
    const values = [
      `o${i + 1}`,
      customer,
      `${day} 12:00:00`,
      revenue,
      ...names.map((n) => extra[n]!(customer)),
    ];
    await ws.engine.driver.query(
      `INSERT INTO orders VALUES (${values.map(() => '?').join(', ')})`,
      values as Array<string | number | null>,
    );
  }
  return ws;
}
