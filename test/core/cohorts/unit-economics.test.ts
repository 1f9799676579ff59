import { describe, expect, it } from 'vitest';
import {
  channelMetrics,
  ltvInputs,
  unitEconomics,
  type ChannelMeasures,
} from '../../../src/core/channels/index.ts';
import { cohortCurve, paybackMonth, pooledCurve, type CohortCell } from '../../../src/core/cohorts/index.ts';
import { duckdbDialect } from '../../../src/sql/duckdb-dialect.ts';
import { orderLevel } from '../../../src/sql/formula/order-level.ts';

const cell = (
  month: number,
  customers: number,
  revenue: number,
  margin: number | null,
  orders = 0,
): CohortCell => ({
  cohort: 'c',
  month,
  customers,
  active: orders,
  orders,
  revenue,
  margin,
});

// 10 customers: 10 orders of 1 000 in the first month, 5 of 1 000 in the second, 5 in the third;
// margin 40%. So LTV over 3 months = 2 000 by revenue, 800 by margin; AOV 1 000, N = 2 ÷ 3 a month.
const CURVE = cohortCurve('c', [
  cell(0, 10, 10_000, 4_000, 10),
  cell(1, 10, 5_000, 2_000, 5),
  cell(2, 10, 5_000, 2_000, 5),
]);

const measures = (over: Partial<ChannelMeasures> = {}): ChannelMeasures => ({
  spend: 3_000,
  impressions: 100_000,
  clicks: 2_000,
  leads: 40,
  adLeads: 40,
  buyers: 12,
  newClients: 10,
  leadClients: 8,
  revenue: 24_000,
  otherCosts: 600,
  curve: CURVE,
  ...over,
});

describe('unit economics (hand-checked)', () => {
  it('evaluates the catalogue formulas on a channel', () => {
    const { values, ltv } = unitEconomics(measures(), 3);
    expect(ltv).toEqual({
      months: 3,
      customers: 10,
      revenuePerCustomer: 2_000,
      ordersPerCustomer: 2,
      marginPerCustomer: 800,
      averageOrderValue: 1_000,
      purchasesPerMonth: 2 / 3,
      marginShare: 0.4,
    });
    expect(values.cac).toBe(300); // 3 000 ÷ 10 new clients
    expect(values.carc).toBe(300); // (3 000 + 600) ÷ 12 buyers
    expect(values.conversion).toBeCloseTo(0.2, 12); // 8 new clients from its leads ÷ 40 leads
    expect(values.ltvRevenue).toBeCloseTo(2_000, 9); // AOV × N × P × t = 1 000 × 2/3 × 1 × 3
    expect(values.ltvMargin).toBeCloseTo(800, 9);
    expect(values.romiRevenue).toBeCloseTo(2_000 / 300, 9);
    expect(values.romiMargin).toBeCloseTo(800 / 300, 9);
    expect(values.mre).toBe(0.125); // 3 000 ÷ 24 000
    expect(values.paybackMonth).toBe(0); // 400 of margin per customer in M0 covers CAC 300
    expect(values.ctr).toBe(0.02);
    expect(values.cpc).toBe(1.5);
    expect(values.cr).toBe(0.02); // 40 leads ÷ 2 000 clicks
    expect(values.cpa).toBe(75); // 3 000 ÷ 40 leads
  });

  it('gives null, never 0 or Infinity, for what the data lack', () => {
    const { values } = unitEconomics(
      measures({ spend: null, clicks: null, impressions: null, adLeads: null, newClients: 0, curve: null }),
      3,
    );
    for (const id of [
      'cac',
      'carc',
      'mre',
      'ltvRevenue',
      'romiRevenue',
      'paybackMonth',
      'ctr',
      'cpc',
      'cr',
      'cpa',
    ] as const)
      expect(values[id], id).toBeNull();
    expect(unitEconomics(measures({ newClients: 0 }), 3).values.cac).toBeNull();
    expect(unitEconomics(measures({ leads: 0 }), 3).values.conversion).toBeNull();
  });

  it('pays back in the month the cumulative margin per customer reaches CAC', () => {
    expect(paybackMonth(CURVE, 500)).toBe(1); // 400, then 600
    expect(paybackMonth(CURVE, 800)).toBe(2);
    expect(paybackMonth(CURVE, 801)).toBeNull();
    expect(paybackMonth(CURVE, null)).toBeNull();
  });

  it('has no LTV at a horizon nobody has reached, and no margin LTV without costs', () => {
    expect(ltvInputs(CURVE, 4)).toBeNull();
    const noCost = cohortCurve('c', [cell(0, 2, 100, null, 2)]);
    expect(ltvInputs(noCost, 1)).toMatchObject({
      revenuePerCustomer: 50,
      marginPerCustomer: null,
      marginShare: null,
    });
  });

  it('pools cohorts over the customers who reached each month', () => {
    const cells = [
      { ...cell(0, 2, 200, 80, 2), cohort: 'old' },
      { ...cell(1, 2, 100, 40, 1), cohort: 'old' },
      { ...cell(0, 3, 300, null, 3), cohort: 'new' },
    ];
    const pooled = pooledCurve(cells);
    expect(pooled.customers).toBe(5);
    expect(
      pooled.months.map((m) => [m.customers, m.cumulativeRevenuePerCustomer, m.cumulativeMarginPerCustomer]),
    ).toEqual([
      [5, 100, null],
      [2, 150, null],
    ]);
  });

  it('lists every metric with a direction, taking catalogue ones from the catalogue', () => {
    const metrics = channelMetrics();
    expect(metrics.map((m) => m.id)).toHaveLength(15);
    expect(metrics.filter((m) => m.kpi === null).map((m) => m.id)).toEqual(['paybackMonth']);
    expect(metrics.find((m) => m.id === 'ltvMargin')!.name.en).toBe(
      'Customer lifetime value (LTV), by margin',
    );
  });
});

describe('orderLevel (duckdb)', () => {
  it('renders one row per order, margin only when every line has a cost', () => {
    expect(
      orderLevel(duckdbDialect, { hasOrderId: true, hasCost: true, dim: 'channel', where: 'TRUE' }),
    ).toBe(
      'SELECT "customer_id" AS c, "order_id" AS k, min("ts") AS ts, sum("revenue") AS revenue, ' +
        'CASE WHEN count("cost") = count(*) THEN sum("revenue" - "cost") END AS margin, ' +
        'CAST(min("channel") AS VARCHAR) AS v FROM "orders" WHERE "customer_id" IS NOT NULL AND TRUE ' +
        'GROUP BY "customer_id", "order_id"',
    );
  });
});
