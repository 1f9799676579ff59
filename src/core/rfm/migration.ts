/** The row key of customers who had not bought yet at the first date. */
export const NEW_CUSTOMERS = 'new-customers';

/** One customer at the second date: its segment, and what it spent between the two dates. */
export interface MigrationCustomer {
  customerId: string;
  segment: string;
  revenue: number;
}

/** A row of the matrix: customers of one segment at the first date (or new), by segment at the second. */
export interface MigrationRow {
  /** Segment id at the first date, or NEW_CUSTOMERS. */
  from: string;
  /** Counts and revenue aligned with `MigrationMatrix.columns`. */
  customers: number[];
  revenue: number[];
  totalCustomers: number;
  totalRevenue: number;
}

/** Who moved from which segment to which between two dates. */
export interface MigrationMatrix {
  /** Segment ids at the second date, in rule order. */
  columns: string[];
  /** One row per segment at the first date, in rule order, then the new customers. */
  rows: MigrationRow[];
  /** Customers at the second date: the sum of every cell. */
  customers: number;
  /** Customers in the same segment at both dates. */
  stayed: number;
  newCustomers: number;
  revenue: number;
}

/**
 * Shapes the migration matrix from the second date's customers and the first date's segments.
 * A customer unknown at the first date counts as new; each customer lands in exactly one cell,
 * so the cells add up to the customers at the second date.
 */
export function migrationMatrix(
  segments: readonly string[],
  before: ReadonlyMap<string, string>,
  after: readonly MigrationCustomer[],
): MigrationMatrix {
  return migrationFromCells(
    segments,
    after.map((c) => ({
      from: before.get(c.customerId) ?? NEW_CUSTOMERS,
      to: c.segment,
      customers: 1,
      revenue: c.revenue,
    })),
  );
}

/** One cell's totals: customers that were in `from` (or NEW_CUSTOMERS) and are now in `to`. */
export interface MigrationCell {
  from: string;
  to: string;
  customers: number;
  revenue: number;
}

/** The same matrix from per-cell totals (the warehouse's GROUP BY of both segments). */
export function migrationFromCells(
  segments: readonly string[],
  cells: readonly MigrationCell[],
): MigrationMatrix {
  const rowKeys = [...segments, NEW_CUSTOMERS];
  const col = new Map(segments.map((s, i) => [s, i]));
  const row = new Map(rowKeys.map((s, i) => [s, i]));
  const counts = rowKeys.map(() => segments.map(() => 0));
  const revenue = rowKeys.map(() => segments.map(() => 0));
  let stayed = 0;
  let customers = 0;
  for (const c of cells) {
    const i = row.get(c.from);
    const j = col.get(c.to);
    if (i === undefined || j === undefined)
      throw new Error(`segment "${i === undefined ? c.from : c.to}" is not among the rules`);
    counts[i]![j]! += c.customers;
    revenue[i]![j]! += c.revenue;
    customers += c.customers;
    if (c.from === c.to) stayed += c.customers;
  }
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const rows = rowKeys.map((from, i) => ({
    from,
    customers: counts[i]!,
    revenue: revenue[i]!,
    totalCustomers: sum(counts[i]!),
    totalRevenue: sum(revenue[i]!),
  }));
  return {
    columns: [...segments],
    rows,
    customers,
    stayed,
    newCustomers: rows[rows.length - 1]!.totalCustomers,
    revenue: sum(rows.map((r) => r.totalRevenue)),
  };
}
