import type { Maybe } from '../formula/types.ts';
import type { Cohort } from './types.ts';

/**
 * The first month since acquisition (0 = the acquisition month) by whose end the cumulative
 * margin per customer covers the acquisition cost; null when the cost or the margin is missing,
 * or the curve never reaches it in the months observed.
 */
export function paybackMonth(curve: Cohort, cost: Maybe): Maybe {
  if (cost === null) return null;
  const hit = curve.months.find(
    (m) => m.cumulativeMarginPerCustomer !== null && m.cumulativeMarginPerCustomer >= cost,
  );
  return hit ? hit.month : null;
}

/** The curve's month `month`, or null when no customer has been observed that long. */
export function curveAt(curve: Cohort, month: number): Cohort['months'][number] | null {
  const m = curve.months.find((x) => x.month === month);
  return m && m.customers > 0 ? m : null;
}
