import type { Maybe } from '../formula/types.ts';

/** What the engine returns: customers whose purchase `step` was `value` and whose next was `nextValue`. */
export interface FunnelCell {
  step: number;
  value: string | null;
  nextValue: string | null;
  /** False when the customer made no next purchase by the as-of date (or this is the last step). */
  continued: boolean;
  customers: number;
  /** Revenue of these customers' purchase `step`, and of their next one. */
  revenue: number;
  nextRevenue: number;
}

/** One value (category, product) at one step. */
export interface FunnelValue {
  value: string | null;
  customers: number;
  /** Share of the step's customers. */
  share: number;
  revenue: number;
  averageCheck: number;
  /** Customers who bought again after this purchase; null at the last step followed. */
  continued: Maybe;
  continuedShare: Maybe;
}

/** The n-th purchase of the followed customers. */
export interface FunnelStep {
  step: number;
  customers: number;
  /** Customers at this step ÷ customers at the first step. */
  reachedShare: Maybe;
  revenue: number;
  averageCheck: Maybe;
  values: FunnelValue[];
}

/** From a value at one step to the next purchase's value, or to no next purchase. */
export interface FunnelTransition {
  step: number;
  from: string | null;
  /** The next purchase's value; null also when there was none (see `stopped`). */
  to: string | null;
  stopped: boolean;
  customers: number;
  /** Share of the customers who bought `from` at this step; shares of one `from` add up to 1. */
  share: number;
  /** Average check of the next purchase; null for `stopped`. */
  nextAverageCheck: Maybe;
}

/** The product funnel: purchases in order, and how customers move between values. */
export interface Funnel {
  steps: FunnelStep[];
  transitions: FunnelTransition[];
}

// Most customers first, ties by name with "no value" last; a merged tail after everything.
const byCustomers =
  (last: string | null) =>
  <T extends { customers: number; value: string | null }>(a: T, b: T): number =>
    Number(last !== null && a.value === last) - Number(last !== null && b.value === last) ||
    b.customers - a.customers ||
    String(a.value ?? '\uffff').localeCompare(String(b.value ?? '\uffff'));

/**
 * Shapes the engine's transition cells into steps and transitions for `steps` purchases;
 * `other` names a merged tail (groupFunnelTail), listed after every real value.
 */
export function shapeFunnel(
  cells: readonly FunnelCell[],
  steps: number,
  other: string | null = null,
): Funnel {
  const order = byCustomers(other);
  const out: FunnelStep[] = [];
  const transitions: FunnelTransition[] = [];
  let first = 0;
  for (let step = 1; step <= steps; step++) {
    const here = cells.filter((c) => c.step === step);
    if (here.length === 0) break;
    const last = step === steps;
    const values = new Map<string | null, { customers: number; revenue: number; continued: number }>();
    for (const c of here) {
      const v = values.get(c.value) ?? { customers: 0, revenue: 0, continued: 0 };
      v.customers += c.customers;
      v.revenue += c.revenue;
      if (c.continued) v.continued += c.customers;
      values.set(c.value, v);
    }
    const customers = here.reduce((s, c) => s + c.customers, 0);
    const revenue = here.reduce((s, c) => s + c.revenue, 0);
    if (step === 1) first = customers;
    const rows = [...values]
      .map(([value, v]): FunnelValue => ({
        value,
        customers: v.customers,
        share: v.customers / customers,
        revenue: v.revenue,
        averageCheck: v.revenue / v.customers,
        continued: last ? null : v.continued,
        continuedShare: last ? null : v.continued / v.customers,
      }))
      .sort(order);
    out.push({
      step,
      customers,
      reachedShare: first > 0 ? customers / first : null,
      revenue,
      averageCheck: customers > 0 ? revenue / customers : null,
      values: rows,
    });
    if (last) continue;
    for (const from of rows) {
      const moves = here
        .filter((c) => c.value === from.value)
        .map((c): FunnelTransition => ({
          step,
          from: from.value,
          to: c.continued ? c.nextValue : null,
          stopped: !c.continued,
          customers: c.customers,
          share: c.customers / from.customers,
          nextAverageCheck: c.continued ? c.nextRevenue / c.customers : null,
        }))
        .sort(
          (a, b) =>
            Number(other !== null && a.to === other) - Number(other !== null && b.to === other) ||
            b.customers - a.customers ||
            String(a.to).localeCompare(String(b.to)),
        );
      transitions.push(...moves);
    }
  }
  return { steps: out, transitions };
}
