import { describe, expect, it } from 'vitest';
import { parsePeriod, periodMonths, trailingPeriods } from '../../src/core/period/index.ts';

describe('periods', () => {
  it('parses a month range into half-open dates', () => {
    expect(parsePeriod('2024-01..2024-12')).toEqual({
      from: '2024-01-01',
      to: '2025-01-01',
      label: '2024-01..2024-12',
    });
    expect(parsePeriod('2024-03')).toEqual({ from: '2024-03-01', to: '2024-04-01', label: '2024-03' });
    expect(parsePeriod('2023')).toEqual({ from: '2023-01-01', to: '2024-01-01', label: '2023-01..2023-12' });
    expect(periodMonths(parsePeriod('2023-11..2024-10'))).toBe(12);
  });

  it('rejects bad periods with the reason', () => {
    expect(() => parsePeriod('2024-13')).toThrow(/month 13/);
    expect(() => parsePeriod('2024-05..2024-01')).toThrow(/end is before the start/);
    expect(() => parsePeriod('01.2024')).toThrow(/expected YYYY-MM/);
  });

  it('takes the last 12 complete months of the data against the 12 before', () => {
    const full = trailingPeriods('2026-10-31');
    expect(full.current.label).toBe('2025-11..2026-10');
    expect(full.previous.label).toBe('2024-11..2025-10');
    // A data set ending mid-month leaves the partial month out.
    expect(trailingPeriods('2026-10-15').current.label).toBe('2025-10..2026-09');
  });
});
