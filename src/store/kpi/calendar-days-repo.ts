import type { CalendarSpec } from '../../core/calendar/index.ts';
import type { Store } from '../store.ts';

/** A company's own change to the bundled calendar: a day off or a working day on that date. */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

/** Adds or replaces the company's calendar days. */
export function saveCalendarDays(store: Store, days: readonly CalendarDay[]): void {
  const put = store.db.prepare(
    `INSERT INTO work_calendar_days (date, kind, name) VALUES (?, ?, ?)
     ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name`,
  );
  store.db.transaction(() => {
    for (const d of days) put.run(d.date, d.kind, d.name);
  })();
}

/** Removes the company's change for a date, so the bundled calendar decides it again. */
export function deleteCalendarDay(store: Store, date: string): boolean {
  return store.db.prepare('DELETE FROM work_calendar_days WHERE date = ?').run(date).changes > 0;
}

/** The company's calendar days, as a spec laid over the bundled calendar. */
export function calendarOverrides(store: Store): CalendarSpec & { days: CalendarDay[] } {
  const days = store.db
    .prepare('SELECT date, kind, name FROM work_calendar_days ORDER BY date')
    .all() as CalendarDay[];
  const of = (k: CalendarDay['kind']) =>
    Object.fromEntries(days.filter((d) => d.kind === k).map((d) => [d.date, d.name]));
  return { holidays: of('holiday'), workdays: of('workday'), days };
}
