/**
 * The simulated time line: a warm-up year, then the 36 written months ending just before the
 * month of `end`. The warm-up is simulated but not written so that the history opens on an
 * existing client base, as a real company's export does, instead of ramping up from zero.
 * Time is integer seconds since 1970 (UTC, no zones); days and months are indexes into tables
 * built once, so the hot loop never touches Date.
 */

/** Length of the written history. */
export const MONTHS = 36;
/** Simulated, unwritten months before the history. */
export const WARMUP_MONTHS = 12;
/** Seconds in a day. */
export const DAY = 86_400;

/** Precomputed day and month tables; day and month indexes count from the warm-up's start. */
export interface Calendar {
  /** First simulated second (start of the warm-up). */
  readonly startTs: number;
  /** First written second and its day and month indexes. */
  readonly historyTs: number;
  readonly firstDay: number;
  readonly firstMonth: number;
  /** First second after the history (exclusive). */
  readonly endTs: number;
  readonly days: number;
  readonly months: number;
  /** "YYYY-MM-DD" of each day, and the same as ASCII bytes for the byte writer. */
  readonly dayText: readonly string[];
  readonly dayBytes: readonly Uint8Array[];
  /** Month index of each day. */
  readonly dayMonth: Uint8Array;
  /** Weekday of each day, 0 = Monday … 6 = Sunday. */
  readonly dayWeekday: Uint8Array;
  /** Calendar month (0 = January) and "YYYY-MM-01" of each month. */
  readonly monthOfYear: Uint8Array;
  readonly monthText: readonly string[];
}

/** Builds the calendar whose last month is the one before the month containing `end` (YYYY-MM-DD). */
export function buildCalendar(end: string): Calendar {
  const [y, m] = end.split('-').map(Number) as [number, number];
  const months = WARMUP_MONTHS + MONTHS;
  const monthMs = (i: number): number => Date.UTC(y, m - 1 - months + i, 1);
  const startMs = monthMs(0);
  const dayIndex = (ms: number): number => Math.round((ms - startMs) / (DAY * 1000));
  const days = dayIndex(monthMs(months));
  const dayText: string[] = [];
  const dayMonth = new Uint8Array(days);
  const dayWeekday = new Uint8Array(days);
  for (let i = 0; i < days; i++) {
    const d = new Date(startMs + i * DAY * 1000);
    dayText.push(d.toISOString().slice(0, 10));
    dayWeekday[i] = (d.getUTCDay() + 6) % 7;
  }
  for (let i = 0; i < months; i++) dayMonth.fill(i, dayIndex(monthMs(i)), dayIndex(monthMs(i + 1)));
  return {
    startTs: startMs / 1000,
    historyTs: monthMs(WARMUP_MONTHS) / 1000,
    firstDay: dayIndex(monthMs(WARMUP_MONTHS)),
    firstMonth: WARMUP_MONTHS,
    endTs: monthMs(months) / 1000,
    days,
    months,
    dayText,
    dayBytes: dayText.map((t) => new Uint8Array(Buffer.from(t, 'latin1'))),
    dayMonth,
    dayWeekday,
    monthOfYear: Uint8Array.from({ length: months }, (_, i) => new Date(monthMs(i)).getUTCMonth()),
    monthText: Array.from({ length: months }, (_, i) => new Date(monthMs(i)).toISOString().slice(0, 10)),
  };
}

/** Day index of a timestamp. */
export function dayOf(cal: Calendar, ts: number): number {
  return Math.floor((ts - cal.startTs) / DAY);
}
