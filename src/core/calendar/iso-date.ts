import { LocalizedError, type Bilingual } from '../../i18n/localized.ts';

/**
 * Calendar dates as ISO text (YYYY-MM-DD). Arithmetic runs on UTC midnights, so no time zone or
 * daylight-saving change can move a date; a register entry's "delivered 2025-04-30" stays that day.
 */
export type IsoDate = string;

/**
 * The years a date or a period may name. Sales data of the businesses this serves start after
 * 1900, and a bound far below 9999 keeps every date a period or a window derives (the month after
 * a period's end, the comparison before it) a four-digit year that JS Date, ISO text and the engine
 * all read alike; 9999-12 has no "next month" as YYYY-MM.
 */
export const YEARS = { first: 1900, last: 2999 } as const;

/** The shape of a date as text, YYYY-MM-DD, with the year, month and day as groups. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether YYYY-MM-DD text names a day the calendar has (2024-02-30 does not), in any year. */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/**
 * Why the text is not a date the product accepts (in both languages), or null when it is one:
 * YYYY-MM-DD, a day the calendar has (2024-02-30 and 2023-02-29 are not), a year in YEARS.
 */
export function isoDateProblem(text: string): Bilingual | null {
  const m = ISO_DATE.exec(text);
  if (!m) return { en: 'expected YYYY-MM-DD', ru: 'ожидается ГГГГ-ММ-ДД' };
  const year = Number(m[1]);
  if (year < YEARS.first || year > YEARS.last)
    return {
      en: `the year must be ${YEARS.first}–${YEARS.last}`,
      ru: `год должен быть от ${YEARS.first} до ${YEARS.last}`,
    };
  if (!isCalendarDay(text)) return { en: 'the calendar has no such day', ru: 'такого дня в календаре нет' };
  return null;
}

/** Whether the text is a real calendar date in YEARS (2025-02-30 is not). */
export const isIsoDate = (text: string): boolean => isoDateProblem(text) === null;

/** A date the user wrote that is not one; says why in Russian and English. */
export class DateError extends LocalizedError {
  override readonly name = 'DateError';
}

/** The date, or a DateError naming `what`, the bad text and what was expected. */
export function checkIsoDate(text: string, what: string): IsoDate {
  const problem = isoDateProblem(text);
  if (problem)
    throw new DateError({
      en: `${what}: "${text}" is not a date: ${problem.en}`,
      ru: `${what}: «${text}» — не дата: ${problem.ru}`,
    });
  return text;
}

const toUtc = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`);
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The UTC calendar day of an instant (a clock's "today", a workbook's date cell). */
export const isoDateOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

/** The date `days` calendar days later (earlier when negative). */
export const addDays = (d: IsoDate, days: number): IsoDate => fromUtc(toUtc(d) + days * 86_400_000);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (d: IsoDate): number => new Date(toUtc(d)).getUTCDay();
