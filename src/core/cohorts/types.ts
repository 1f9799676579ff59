import type { Maybe } from '../formula/types.ts';

/** What the engine returns for one cohort and month since acquisition. */
export interface CohortCell {
  /** Acquisition month (YYYY-MM) or the first order's value of the chosen column; null = none. */
  cohort: string | null;
  /** Months since acquisition; 0 is the month of the first order. */
  month: number;
  /** Customers of the cohort whose month `month` had begun by the as-of date. */
  customers: number;
  /** Those of them who ordered in that month. */
  active: number;
  orders: number;
  revenue: number;
  /** Revenue − cost; null when the data carry no (or incomplete) costs. */
  margin: Maybe;
}

/** One month of a cohort's curve, with the rates the marketer reads. */
export interface CohortMonth {
  month: number;
  customers: number;
  active: number;
  /** active / customers; month 0 is 1 by definition. */
  retention: Maybe;
  orders: number;
  revenue: number;
  revenuePerCustomer: Maybe;
  /** The LTV curve: revenue per customer summed over months 0…month. */
  cumulativeRevenuePerCustomer: Maybe;
  marginPerCustomer: Maybe;
  cumulativeMarginPerCustomer: Maybe;
  /** Orders per customer summed over months 0…month (purchases behind the LTV). */
  cumulativeOrdersPerCustomer: Maybe;
}

/** A cohort: its key, size (customers acquired) and its months in order. */
export interface Cohort {
  cohort: string | null;
  customers: number;
  months: CohortMonth[];
}
