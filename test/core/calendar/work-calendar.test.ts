import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  buildCalendar,
  businessDaysBetween,
  dayOff,
  isBusinessDay,
  isEstimatedYear,
  type CalendarSpec,
} from '../../../src/core/calendar/index.ts';

const RU = JSON.parse(
  readFileSync(new URL('../../../data/calendars/ru.json', import.meta.url), 'utf8'),
) as CalendarSpec;
const ru = buildCalendar(RU);
const weekendsOnly = buildCalendar({ weekend: ['sat', 'sun'] });

function workingDays(year: number): number {
  let n = 0;
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) if (isBusinessDay(ru, d)) n++;
  return n;
}

describe('the Russian production calendar (data/calendars/ru.json)', () => {
  it('has the official number of working days a year', () => {
    // Published totals for a five-day week: 247, 248, 247, 247.
    expect([2023, 2024, 2025, 2026].map(workingDays)).toEqual([247, 248, 247, 247]);
  });

  it('knows holidays, transferred days off and transferred working Saturdays', () => {
    expect(dayOff(ru, '2025-05-08')).toBe('перенос выходного с 23 февраля');
    expect(dayOff(ru, '2025-05-09')).toBe('День Победы');
    expect(dayOff(ru, '2025-05-10')).toBe('weekend');
    expect(isBusinessDay(ru, '2025-11-01')).toBe(true); // a Saturday worked for 3 November
    expect(isBusinessDay(ru, '2025-02-24')).toBe(true); // 23 February moved to 8 May by decree
    expect(isBusinessDay(ru, '2025-05-05')).toBe(true);
  });
});

describe('business days', () => {
  it('counts business days after a date over the May holidays', () => {
    // Delivered Wed 30 April 2025: 1–4 May off, 5, 6, 7 May work, 8–11 May off, 12 May work.
    expect(addBusinessDays(ru, '2025-04-30', 3)).toBe('2025-05-07');
    expect(addBusinessDays(ru, '2025-04-30', 4)).toBe('2025-05-12');
    expect(businessDaysBetween(ru, '2025-04-30', '2025-05-12')).toBe(4);
    // Weekends only, the same three days end on Monday 5 May.
    expect(addBusinessDays(weekendsOnly, '2025-04-30', 3)).toBe('2025-05-05');
  });

  it('starts counting after the day itself, even when that day is off', () => {
    expect(addBusinessDays(ru, '2025-05-10', 1)).toBe('2025-05-12');
    expect(businessDaysBetween(ru, '2025-05-12', '2025-05-12')).toBe(0);
    expect(businessDaysBetween(ru, '2025-05-12', '2025-05-01')).toBe(0);
  });

  it('lets a later spec extend or override the bundled one, date by date', () => {
    const company = buildCalendar(RU, {
      weekend: ['sat', 'sun'],
      holidays: { '2025-05-05': 'корпоративный выходной' },
      workdays: { '2025-05-08': 'работаем' },
    });
    expect(dayOff(company, '2025-05-05')).toBe('корпоративный выходной');
    expect(isBusinessDay(company, '2025-05-08')).toBe(true);
    expect(addBusinessDays(company, '2025-04-30', 3)).toBe('2025-05-08');
  });

  it('refuses bad dates and day names with the entry named', () => {
    expect(() => buildCalendar({ weekend: ['sat', 'sun'], holidays: { '2025-02-30': 'x' } })).toThrow(
      'holiday: "2025-02-30" is not a date',
    );
    expect(() => buildCalendar({ weekend: ['saturday' as 'sat'] })).toThrow('weekend day "saturday"');
    expect(() => buildCalendar({ weekend: [], fixed: { '13-01': 'x' } })).toThrow('fixed holiday "13-01"');
    expect(() => addBusinessDays(ru, '2025-01-01', 0)).toThrow('expected a whole number ≥ 1');
  });
});

describe('years the file has no decree for: transfers estimated by art. 112', () => {
  // The production calendar without its dated days: what the rule alone makes of a year.
  const ruleOnly = buildCalendar({ ...RU, holidays: {}, workdays: {} });

  it('agrees with the decrees on the transfers art. 112 makes by itself', () => {
    // 4 November 2023 was a Saturday and 8 March 2026 a Sunday: both decrees give the Monday.
    expect(ru.holidays.get('2023-11-06')).toBeDefined();
    expect(dayOff(ruleOnly, '2023-11-06')).toBe('День народного единства (перенос)');
    expect(ru.holidays.get('2026-03-09')).toBeDefined();
    expect(dayOff(ruleOnly, '2026-03-09')).toBe('Международный женский день (перенос)');
  });

  it('moves 2027 holidays on weekends to the next working day, never the New Year days', () => {
    expect(isEstimatedYear(ru, 2027)).toBe(true);
    expect(isEstimatedYear(ru, 2026)).toBe(false);
    // 1 May 2027 is a Saturday, 9 May a Sunday, 12 June a Saturday.
    expect(dayOff(ru, '2027-05-03')).toBe('Праздник Весны и Труда (перенос)');
    expect(dayOff(ru, '2027-05-10')).toBe('День Победы (перенос)');
    expect(dayOff(ru, '2027-06-14')).toBe('День России (перенос)');
    // 2 and 3 January 2027 fall on the weekend: only a decree moves them, so Monday 11 January works.
    expect(isBusinessDay(ru, '2027-01-11')).toBe(true);
    // 365 days − 104 weekend days − 9 holidays on weekdays = 252, minus the three moves.
    expect(workingDays(2027)).toBe(249);
  });

  it('moves two weekend holidays in a row to two different days', () => {
    const cal = buildCalendar({ fixed: { '05-01': 'A', '05-02': 'B' }, transfer: {} });
    // 1 and 2 May 2027: Saturday and Sunday → Monday 3 and Tuesday 4.
    expect(dayOff(cal, '2027-05-03')).toBe('A (перенос)');
    expect(dayOff(cal, '2027-05-04')).toBe('B (перенос)');
    expect(isBusinessDay(cal, '2027-05-05')).toBe(true);
  });

  it("keeps a year estimated when only the company's own days are dated in it", () => {
    const withCompany = buildCalendar(RU, { holidays: { '2027-03-15': 'Корпоратив' } });
    expect(isEstimatedYear(withCompany, 2027)).toBe(true);
    expect(dayOff(withCompany, '2027-05-10')).toBe('День Победы (перенос)');
    expect(dayOff(withCompany, '2027-03-15')).toBe('Корпоратив');
  });

  it('leaves calendars without the rule alone', () => {
    expect(isEstimatedYear(weekendsOnly, 2027)).toBe(false);
    expect(dayOff(buildCalendar({ fixed: { '05-01': 'A' } }), '2027-05-03')).toBeNull();
  });
});
