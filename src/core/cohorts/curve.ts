import type { Maybe } from '../formula/types.ts';
import type { Cohort, CohortCell, CohortMonth } from './types.ts';

const ratio = (a: Maybe, b: number): Maybe => (a === null || b === 0 ? null : a / b);
const add = (a: Maybe, b: Maybe): Maybe => (a === null || b === null ? null : a + b);

/**
 * One cohort's months from its cells (in month order). Per-customer figures divide by the
 * customers observable in that month, and the LTV curve adds them up month by month: for a cohort
 * of one acquisition month that is cumulative revenue ÷ cohort size; for a pooled cohort (a
 * channel, all months together) customers too recent to have reached a month do not dilute it.
 */
export function cohortCurve(cohort: string | null, cells: readonly CohortCell[]): Cohort {
  let revenue: Maybe = 0;
  let margin: Maybe = 0;
  let orders: Maybe = 0;
  const months = [...cells]
    .sort((a, b) => a.month - b.month)
    .map((c): CohortMonth => {
      const revenuePerCustomer = ratio(c.revenue, c.customers);
      const marginPerCustomer = ratio(c.margin, c.customers);
      revenue = add(revenue, revenuePerCustomer);
      margin = add(margin, marginPerCustomer);
      orders = add(orders, ratio(c.orders, c.customers));
      return {
        month: c.month,
        customers: c.customers,
        active: c.active,
        retention: ratio(c.active, c.customers),
        orders: c.orders,
        revenue: c.revenue,
        revenuePerCustomer,
        cumulativeRevenuePerCustomer: revenue,
        marginPerCustomer,
        cumulativeMarginPerCustomer: margin,
        cumulativeOrdersPerCustomer: orders,
      };
    });
  return { cohort, customers: cells.find((c) => c.month === 0)?.customers ?? 0, months };
}

/** Cohorts from the engine's cells, in the order their keys first appear. */
export function cohortsFromCells(cells: readonly CohortCell[]): Cohort[] {
  const groups = new Map<string | null, CohortCell[]>();
  for (const c of cells) {
    const g = groups.get(c.cohort);
    if (g) g.push(c);
    else groups.set(c.cohort, [c]);
  }
  return [...groups].map(([key, g]) => cohortCurve(key, g));
}

/**
 * All cohorts pooled into one curve: per month the observable customers, actives, orders and
 * money add up (a customer belongs to one cohort only), so month k averages over everyone who
 * has reached it. A margin missing in any cohort leaves the pooled margin missing.
 */
export function pooledCurve(cells: readonly CohortCell[], key: string | null = null): Cohort {
  const byMonth = new Map<number, CohortCell>();
  for (const c of cells) {
    const p = byMonth.get(c.month);
    byMonth.set(
      c.month,
      p
        ? {
            cohort: key,
            month: c.month,
            customers: p.customers + c.customers,
            active: p.active + c.active,
            orders: p.orders + c.orders,
            revenue: p.revenue + c.revenue,
            margin: add(p.margin, c.margin),
          }
        : { ...c, cohort: key },
    );
  }
  return cohortCurve(key, [...byMonth.values()]);
}
