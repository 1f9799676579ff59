import { addDays, checkIsoDate, weekday, type IsoDate } from './iso-date.ts';

/** Day names a calendar file uses for its weekly days off. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

/**
 * A calendar as data (the bundled Russian production calendar, a company's own file, the store's
 * overrides): weekly days off, fixed yearly holidays, and dated exceptions both ways — a holiday
 * or a transferred day off on a weekday, a transferred working Saturday.
 */
export interface CalendarSpec {
  name?: string;
  /** Weekly days off; a later spec without it keeps the earlier one's (Saturday and Sunday by default). */
  weekend?: WeekdayName[];
  /** MM-DD → name: holidays every year (used as is for years the file has no dated list for). */
  fixed?: Record<string, string>;
  /** YYYY-MM-DD → name: non-working days, holidays and transferred days off. */
  holidays?: Record<string, string>;
  /** YYYY-MM-DD → name: working days that would otherwise be off (a transferred Saturday). */
  workdays?: Record<string, string>;
  /**
   * For years without dated days (no decree in the file yet): move a fixed holiday that falls on
   * a weekly day off to the next working day, as art. 112 of the Russian Labour Code does.
   * `except` lists the MM-DD holidays only a decree moves (the New Year holidays).
   */
  transfer?: { except?: string[] };
}

/** A resolved working-day calendar. */
export interface WorkCalendar {
  readonly name: string;
  readonly weekend: ReadonlySet<number>;
  readonly fixed: ReadonlyMap<string, string>;
  readonly holidays: ReadonlyMap<IsoDate, string>;
  readonly workdays: ReadonlyMap<IsoDate, string>;
  /** The art. 112 rule for years without dated days; null when the calendar does not use it. */
  readonly transfer: { readonly except: ReadonlySet<string> } | null;
  /** Years with any dated day: their transfers come from the data, never from the rule. */
  readonly datedYears: ReadonlySet<number>;
  /** Transferred days off worked out by the rule, per year, filled on first use. */
  readonly estimated: Map<number, ReadonlyMap<IsoDate, string>>;
}

/**
 * Builds a calendar from specs, later ones overriding earlier ones date by date (the bundled file,
 * then the company's additions): a date a later spec calls a workday stops being a holiday and
 * the other way round. Bad dates and day names are errors naming the entry.
 */
export function buildCalendar(...specs: CalendarSpec[]): WorkCalendar {
  if (specs.length === 0) throw new Error('a calendar needs at least one spec');
  const holidays = new Map<IsoDate, string>();
  const workdays = new Map<IsoDate, string>();
  const fixed = new Map<string, string>();
  let weekend = new Set<number>([0, 6]);
  let name = '';
  let transfer: WorkCalendar['transfer'] = null;
  // Years the production calendar dates itself: the specs up to the one with the transfer rule.
  // A company's own day off later in 2027 must not make 2027 look covered by a decree.
  const datedYears = new Set<number>();
  for (const s of specs) {
    name = s.name ?? name;
    if (s.weekend)
      weekend = new Set(
        s.weekend.map((d) => {
          const i = WEEKDAYS.indexOf(d);
          if (i < 0) throw new Error(`weekend day "${d}": use ${WEEKDAYS.join(', ')}`);
          return i;
        }),
      );
    if (s.transfer || transfer === null)
      for (const d of [...Object.keys(s.holidays ?? {}), ...Object.keys(s.workdays ?? {})])
        datedYears.add(Number(d.slice(0, 4)));
    if (s.transfer) {
      for (const md of s.transfer.except ?? []) checkIsoDate(`2000-${md}`, `transfer exception "${md}"`);
      transfer = { except: new Set(s.transfer.except ?? []) };
    }
    for (const [md, n] of Object.entries(s.fixed ?? {})) {
      checkIsoDate(`2000-${md}`, `fixed holiday "${md}"`);
      fixed.set(md, n);
    }
    for (const [d, n] of Object.entries(s.holidays ?? {})) {
      holidays.set(checkIsoDate(d, 'holiday'), n);
      workdays.delete(d);
    }
    for (const [d, n] of Object.entries(s.workdays ?? {})) {
      workdays.set(checkIsoDate(d, 'working day'), n);
      holidays.delete(d);
    }
  }
  return { name, weekend, fixed, holidays, workdays, transfer, datedYears, estimated: new Map() };
}

/**
 * True when the calendar guesses the year's transfers by art. 112 because it has no dated days
 * for it: the surfaces say so, since a decree may also move the New Year days and add bridges.
 */
export const isEstimatedYear = (cal: WorkCalendar, year: number): boolean =>
  cal.transfer !== null && !cal.datedYears.has(year);

// The year's holidays that fell on a weekly day off, each moved to the next day that is neither
// a day off nor already taken by an earlier move (May 1 on Saturday and May 2 on Sunday → Mon, Tue).
function estimatedTransfers(cal: WorkCalendar, year: number): ReadonlyMap<IsoDate, string> {
  const hit = cal.estimated.get(year);
  if (hit) return hit;
  const out = new Map<IsoDate, string>();
  const fixedOn = (d: IsoDate) => d.startsWith(`${year}-`) && cal.fixed.has(d.slice(5));
  for (const [md, name] of [...cal.fixed].sort(([a], [b]) => a.localeCompare(b))) {
    if (cal.transfer!.except.has(md)) continue;
    const date = `${year}-${md}`;
    if (!cal.weekend.has(weekday(date))) continue;
    let next = addDays(date, 1);
    while (cal.weekend.has(weekday(next)) || fixedOn(next) || out.has(next)) next = addDays(next, 1);
    out.set(next, `${name} (перенос)`);
  }
  cal.estimated.set(year, out);
  return out;
}

/** Why a day is off ("Новогодние каникулы", "weekend"), or null on a working day. */
export function dayOff(cal: WorkCalendar, d: IsoDate): string | null {
  if (cal.workdays.has(d)) return null;
  const named = cal.holidays.get(d) ?? cal.fixed.get(d.slice(5));
  if (named !== undefined) return named;
  const year = Number(d.slice(0, 4));
  if (isEstimatedYear(cal, year)) {
    const moved = estimatedTransfers(cal, year).get(d);
    if (moved !== undefined) return moved;
  }
  return cal.weekend.has(weekday(d)) ? 'weekend' : null;
}

/** Whether people work on that day. */
export const isBusinessDay = (cal: WorkCalendar, d: IsoDate): boolean => dayOff(cal, d) === null;

// A year has at most ~120 days off in a row of any real calendar; this bounds a broken one.
const MAX_SCAN = 3660;

/** The n-th business day after `d` (n ≥ 1; `d` itself does not count, whatever it is). */
export function addBusinessDays(cal: WorkCalendar, d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`business days to add: ${n}, expected a whole number ≥ 1`);
  let day = d;
  for (let seen = 0, scanned = 0; seen < n;) {
    day = addDays(day, 1);
    if (isBusinessDay(cal, day)) seen++;
    if (++scanned > MAX_SCAN) throw new Error(`no ${n} business days within ten years after ${d}`);
  }
  return day;
}

/**
 * Business days from `from` to `to`: how many business days lie after `from` up to and including
 * `to` (0 when `to` is on or before `from`). Delivered Thursday, remark on Monday → 2 (Fri, Mon).
 */
export function businessDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isBusinessDay(cal, day)) n++;
  return n;
}
