import { LocalizedError } from '../../i18n/localized.ts';
import { addDays, YEARS, type IsoDate } from '../calendar/iso-date.ts';

/**
 * A reporting period: whole months, `from` inclusive and `to` exclusive (ISO dates), so the same
 * bounds work for timestamps, dates and month columns without off-by-one-day errors.
 */
export interface Period {
  from: string;
  to: string;
  /** As the user wrote it, normalised: "2024-01..2024-12". */
  label: string;
}

/** A period the user wrote that cannot be read; says why in Russian and English. */
export class PeriodError extends LocalizedError {
  override readonly name = 'PeriodError';
}

/** The last day of a period (its `to` is the first day after it). */
export const lastDayOf = (p: Period): IsoDate => addDays(p.to, -1);

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

// The years a period may name (core/calendar's YEARS): 9999-12 has no next month to end on.
function checkYear(year: number, whole: string): void {
  if (year < YEARS.first || year > YEARS.last)
    throw new PeriodError({
      en: `invalid period "${whole}": the year must be ${YEARS.first}–${YEARS.last}`,
      ru: `неверный период «${whole}»: год должен быть от ${YEARS.first} до ${YEARS.last}`,
    });
}

/** Month index of "YYYY-MM" as read from the data (no year bound: the data's dates are facts). */
function monthIndex(text: string, whole: string): number {
  const m = MONTH.exec(text.trim());
  if (!m)
    throw new PeriodError({
      en: `invalid period "${whole}": expected YYYY-MM, YYYY-MM..YYYY-MM or YYYY`,
      ru: `неверный период «${whole}»: ожидается ГГГГ-ММ, ГГГГ-ММ..ГГГГ-ММ или ГГГГ`,
    });
  const month = Number(m[2]);
  if (month < 1 || month > 12)
    throw new PeriodError({
      en: `invalid period "${whole}": month ${m[2]} is not 01–12`,
      ru: `неверный период «${whole}»: месяц ${m[2]} не в пределах 01–12`,
    });
  return Number(m[1]) * 12 + month - 1;
}

/** Month index (year × 12 + month − 1) → "YYYY-MM". */
export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Builds a period from month indexes, both inclusive. */
export function periodFromMonths(first: number, last: number): Period {
  const label = first === last ? monthLabel(first) : `${monthLabel(first)}..${monthLabel(last)}`;
  return { from: `${monthLabel(first)}-01`, to: `${monthLabel(last + 1)}-01`, label };
}

/** Parses "2024-01..2024-12", "2024-03" or "2024" into a period. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  const y = YEAR.exec(t);
  if (y) {
    checkYear(Number(y[1]), text);
    return periodFromMonths(Number(y[1]) * 12, Number(y[1]) * 12 + 11);
  }
  const parts = t.split('..');
  if (parts.length > 2)
    throw new PeriodError({
      en: `invalid period "${text}": use one ".." between months`,
      ru: `неверный период «${text}»: между месяцами ставится одно «..»`,
    });
  const first = monthIndex(parts[0] ?? '', text);
  const last = parts.length === 2 ? monthIndex(parts[1] ?? '', text) : first;
  checkYear(Math.floor(first / 12), text);
  checkYear(Math.floor(last / 12), text);
  if (last < first)
    throw new PeriodError({
      en: `invalid period "${text}": the end is before the start`,
      ru: `неверный период «${text}»: конец раньше начала`,
    });
  return periodFromMonths(first, last);
}

/** Number of months in a period. */
export function periodMonths(p: Period): number {
  return monthIndex(p.to.slice(0, 7), p.label) - monthIndex(p.from.slice(0, 7), p.label);
}

/**
 * The default comparison: the last `months` complete months of the data, against the same number
 * of months just before. `lastDate` is the data's last day (YYYY-MM-DD); a month it only partly
 * covers is left out, because comparing a half month with a whole one misleads.
 */
export function trailingPeriods(lastDate: string, months = 12): { current: Period; previous: Period } {
  const day = new Date(`${lastDate.slice(0, 10)}T00:00:00Z`);
  const nextDay = new Date(day.getTime() + 86_400_000);
  const complete = nextDay.getUTCMonth() !== day.getUTCMonth();
  const last = monthIndex(lastDate.slice(0, 7), lastDate) - (complete ? 0 : 1);
  return {
    current: periodFromMonths(last - months + 1, last),
    previous: periodFromMonths(last - 2 * months + 1, last - months),
  };
}
