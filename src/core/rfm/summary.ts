import type { SegmentRule } from './segments.ts';
import type { RfmValues } from './types.ts';

/** One line of the segment summary. */
export interface SegmentSummary {
  segment: string;
  customers: number;
  share: number;
  orders: number;
  revenue: number;
  /** Revenue per order; null when the segment has no orders in the window. */
  averageCheck: number | null;
  averageRecencyDays: number | null;
}

/** One segment's totals as the warehouse adds them up. */
export interface SegmentTotals {
  segment: string;
  customers: number;
  orders: number;
  revenue: number;
  /** Recency days summed over the segment's customers. */
  recency: number;
}

/** Customers, share, orders, revenue, average check and recency per segment, in rule order. */
export function summaryFromTotals(
  rules: readonly SegmentRule[],
  totals: readonly SegmentTotals[],
): SegmentSummary[] {
  const byId = new Map(totals.map((t) => [t.segment, t]));
  const all = totals.reduce((s, t) => s + t.customers, 0);
  return rules.map((rule) => {
    const a = byId.get(rule.id) ?? { customers: 0, orders: 0, revenue: 0, recency: 0 };
    return {
      segment: rule.id,
      customers: a.customers,
      share: all ? a.customers / all : 0,
      orders: a.orders,
      revenue: a.revenue,
      averageCheck: a.orders > 0 ? a.revenue / a.orders : null,
      averageRecencyDays: a.customers > 0 ? a.recency / a.customers : null,
    };
  });
}

/** The same summary from in-memory customers and their segments (small inputs and tests). */
export function summariseSegments(
  rules: readonly SegmentRule[],
  rows: readonly RfmValues[],
  segments: readonly string[],
): SegmentSummary[] {
  const acc = new Map<string, SegmentTotals>(
    rules.map((r) => [r.id, { segment: r.id, customers: 0, orders: 0, revenue: 0, recency: 0 }]),
  );
  rows.forEach((row, i) => {
    const a = acc.get(segments[i] as string);
    if (!a) return;
    a.customers += 1;
    a.orders += row.frequency;
    a.revenue += row.monetary;
    a.recency += row.recencyDays;
  });
  const totals = [...acc.values()];
  // Customers outside every rule still count in the shares' denominator, as before.
  const outside = rows.length - totals.reduce((s, t) => s + t.customers, 0);
  return summaryFromTotals(rules, [
    ...totals,
    { segment: '', customers: outside, orders: 0, revenue: 0, recency: 0 },
  ]);
}
