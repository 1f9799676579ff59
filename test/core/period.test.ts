import { describe, expect, it } from 'vitest';
import {
  lastDayOf,
  parsePeriod,
  PeriodError,
  periodMonths,
  trailingPeriods,
} from '../../src/core/period/index.ts';

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

  it('a 9999 period and impossible months are refused clearly, in both languages (issue 12, §6)', () => {
    const reason = (text: string, lang: 'ru' | 'en'): string => {
      try {
        parsePeriod(text);
      } catch (e) {
        expect(e).toBeInstanceOf(PeriodError);
        return (e as PeriodError).localized(lang);
      }
      throw new Error(`${text} was accepted`);
    };
    expect(reason('9999-01..9999-12', 'en')).toBe(
      'invalid period "9999-01..9999-12": the year must be 1900–2999',
    );
    expect(reason('9999-01..9999-12', 'ru')).toBe(
      'неверный период «9999-01..9999-12»: год должен быть от 1900 до 2999',
    );
    expect(reason('9999', 'en')).toMatch(/year must be 1900–2999/);
    expect(reason('2024-01..3000-01', 'en')).toMatch(/year must be 1900–2999/);
    expect(reason('1899-12', 'en')).toMatch(/year must be 1900–2999/);
    expect(reason('2024-00', 'en')).toMatch(/month 00 is not 01–12/);
    expect(reason('2024-13..2024-14', 'ru')).toMatch(/месяц 13 не в пределах 01–12/);
    // The bounds themselves are periods, and their ends are ordinary dates.
    expect(parsePeriod('2999-12')).toEqual({ from: '2999-12-01', to: '3000-01-01', label: '2999-12' });
    expect(parsePeriod('1900').from).toBe('1900-01-01');
  });

  it('takes the last 12 complete months of the data against the 12 before', () => {
    const full = trailingPeriods('2026-10-31');
    expect(full.current.label).toBe('2025-11..2026-10');
    expect(full.previous.label).toBe('2024-11..2025-10');
    // A data set ending mid-month leaves the partial month out.
    expect(trailingPeriods('2026-10-15').current.label).toBe('2025-10..2026-09');
  });
});

describe('lastDayOf', () => {
  it('is the day before the exclusive end: the month’s own last day, leap years included', () => {
    expect(lastDayOf(parsePeriod('2024-01..2024-02'))).toBe('2024-02-29');
    expect(lastDayOf(parsePeriod('2023-02'))).toBe('2023-02-28');
    expect(lastDayOf(parsePeriod('2024'))).toBe('2024-12-31');
  });
});
