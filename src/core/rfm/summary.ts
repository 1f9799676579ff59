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

/** Customers, share, orders, revenue, average check and recency per segment, in rule order. */
export function summariseSegments(
  rules: readonly SegmentRule[],
  rows: readonly RfmValues[],
  segments: readonly string[],
): SegmentSummary[] {
  const acc = new Map(rules.map((r) => [r.id, { customers: 0, orders: 0, revenue: 0, recency: 0 }]));
  rows.forEach((row, i) => {
    const a = acc.get(segments[i] as string);
    if (!a) return;
    a.customers += 1;
    a.orders += row.frequency;
    a.revenue += row.monetary;
    a.recency += row.recencyDays;
  });
  return rules.map((rule) => {
    const a = acc.get(rule.id)!;
    return {
      segment: rule.id,
      customers: a.customers,
      share: rows.length ? a.customers / rows.length : 0,
      orders: a.orders,
      revenue: a.revenue,
      averageCheck: a.orders > 0 ? a.revenue / a.orders : null,
      averageRecencyDays: a.customers > 0 ? a.recency / a.customers : null,
    };
  });
}
