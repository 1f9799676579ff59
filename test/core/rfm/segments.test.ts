import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEGMENTS,
  SegmentRulesError,
  segmentOf,
  summariseSegments,
  validateSegments,
  type SegmentRule,
} from '../../../src/core/rfm/index.ts';

describe('segment rules', () => {
  it('the default rules put every cell of the 5×5×5 grid in exactly one segment', () => {
    expect(() => validateSegments(DEFAULT_SEGMENTS, 5)).not.toThrow();
    expect(DEFAULT_SEGMENTS).toHaveLength(11);
    expect(segmentOf(DEFAULT_SEGMENTS, { r: 5, f: 5, m: 1 }).id).toBe('Champions');
    expect(segmentOf(DEFAULT_SEGMENTS, { r: 1, f: 5, m: 5 }).name.ru).toBe('Нельзя потерять');
  });

  it('rejects an overlap naming the cells and both segments', () => {
    const rules: SegmentRule[] = DEFAULT_SEGMENTS.map((s) => (s.id === 'Loyal' ? { ...s, r: [3, 5] } : s));
    expect(() => validateSegments(rules, 5)).toThrow(/R5F4M1 is in Champions and Loyal/);
  });

  it('rejects a gap naming the uncovered cells', () => {
    const rules = DEFAULT_SEGMENTS.filter((s) => s.id !== 'New');
    try {
      validateSegments(rules, 5);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SegmentRulesError);
      expect((e as SegmentRulesError).gaps).toHaveLength(5);
      expect((e as Error).message).toContain('R5F1M1 is in no segment');
    }
  });

  it('rejects rules written for a different number of bins', () => {
    expect(() => validateSegments(DEFAULT_SEGMENTS, 6)).toThrow(/R1F6M1 is in no segment/);
  });
});

describe('segment summary', () => {
  it('counts customers, orders, revenue, average check and recency per segment', () => {
    const row = (recencyDays: number, frequency: number, monetary: number) => ({
      customerId: String(recencyDays),
      recencyDays,
      frequency,
      monetary,
      ordersAllTime: frequency,
      revenueAllTime: monetary,
    });
    const summary = summariseSegments(
      DEFAULT_SEGMENTS,
      [row(10, 4, 400), row(30, 2, 100), row(300, 1, 50)],
      ['Champions', 'Champions', 'Lost'],
    );
    expect(summary[0]).toEqual({
      segment: 'Champions',
      customers: 2,
      share: 2 / 3,
      orders: 6,
      revenue: 500,
      averageCheck: 500 / 6,
      averageRecencyDays: 20,
    });
    expect(summary.find((s) => s.segment === 'Loyal')).toMatchObject({ customers: 0, averageCheck: null });
  });
});
