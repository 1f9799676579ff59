import { describe, expect, it } from 'vitest';
import {
  checkIsoDate,
  DateError,
  isCalendarDay,
  isIsoDate,
  isoDateOf,
  isoDateProblem,
} from '../../../src/core/calendar/index.ts';

describe('the one date rule (issue 12, §6)', () => {
  it('invalid dates such as 2024-02-30 and 2023-02-29 are refused with the reason; years are 1900–2999', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2999-12-31')).toBe(true);
    for (const day of ['2024-02-30', '2023-02-29', '2024-04-31', '2100-02-29'])
      expect(isoDateProblem(day), day).toEqual({
        en: 'the calendar has no such day',
        ru: 'такого дня в календаре нет',
      });
    for (const day of ['9999-12-31', '0001-01-01', '1899-12-31', '3000-01-01'])
      expect(isoDateProblem(day)?.en, day).toBe('the year must be 1900–2999');
    for (const text of ['31.03.2024', '2024-3-1', '2024-03-01T00:00', '', '20240301'])
      expect(isoDateProblem(text)?.en, text).toBe('expected YYYY-MM-DD');
  });

  it('checkIsoDate names what was read and says why, in Russian and English', () => {
    let caught: unknown;
    try {
      checkIsoDate('2024-02-30', 'holiday');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DateError);
    expect((caught as DateError).localized('en')).toBe(
      'holiday: "2024-02-30" is not a date: the calendar has no such day',
    );
    expect((caught as DateError).localized('ru')).toBe(
      'holiday: «2024-02-30» — не дата: такого дня в календаре нет',
    );
    expect(checkIsoDate('2024-02-29', 'holiday')).toBe('2024-02-29');
  });
});

describe('calendar days as text (one home for every YYYY-MM-DD check)', () => {
  it('isCalendarDay takes days the calendar has, in any year, and refuses impossible or malformed ones', () => {
    for (const day of ['2024-02-29', '1800-01-01', '2026-11-01']) expect(isCalendarDay(day), day).toBe(true);
    for (const text of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024/11/01',
      '2024-11-01T00:00',
    ])
      expect(isCalendarDay(text), text).toBe(false);
  });

  it('isoDateOf is the UTC day of an instant, whatever the hour', () => {
    expect(isoDateOf(new Date('2024-03-31T23:59:59Z'))).toBe('2024-03-31');
    expect(isoDateOf(new Date('2024-04-01T00:00:00Z'))).toBe('2024-04-01');
  });
});
