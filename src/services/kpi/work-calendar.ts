import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  buildCalendar,
  checkIsoDate,
  WEEKDAYS,
  type CalendarSpec,
  type WorkCalendar,
} from '../../core/calendar/index.ts';
import { calendarOverrides, saveCalendarDays, type CalendarDay } from '../../store/index.ts';
import { UserError } from '../inputs/user-error.ts';
import { issuesText, phrase, prefixed, textOf } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The bundled Russian production calendar; edit it, or lay a company's days over it in the store. */
export const BUNDLED_CALENDAR = new URL('../../../data/calendars/ru.json', import.meta.url);

const dated = z.record(z.string(), z.string());

/** A calendar file: the bundled one's format, every part optional but the dates checked. */
export const calendarSpecSchema = z.object({
  name: z.string().optional(),
  source: z.string().optional(),
  weekend: z.array(z.enum(WEEKDAYS)).optional(),
  fixed: dated.optional(),
  holidays: dated.optional(),
  workdays: dated.optional(),
  transfer: z.object({ except: z.array(z.string()).optional() }).optional(),
});

/** Reads and checks a calendar file; a bad date or day name names the file and the entry. */
export function readCalendarFile(file: string | URL): CalendarSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(prefixed(phrase('kpi.calendar', { file: String(file) }), textOf(e)), 'calendar', {
      cause: e,
    });
  }
  const r = calendarSpecSchema.safeParse(raw);
  if (!r.success)
    throw new UserError(
      prefixed(phrase('kpi.calendar', { file: String(file) }), issuesText(r.error, raw)),
      'calendar',
    );
  try {
    buildCalendar(r.data);
  } catch (e) {
    throw new UserError(prefixed(phrase('kpi.calendar', { file: String(file) }), textOf(e)), 'calendar', {
      cause: e,
    });
  }
  return r.data;
}

/** The working-day calendar of a workspace: the bundled production calendar, then the company's days. */
export function workCalendarFor(ws: Workspace): WorkCalendar {
  return buildCalendar(readCalendarFile(BUNDLED_CALENDAR), calendarOverrides(ws.store));
}

/**
 * Stores a company's calendar days from a file in the bundled format (holidays and workdays by
 * date): its own days off, transferred days of a year the bundled file lacks. Returns them.
 */
export function importCalendarDays(ws: Workspace, file: string): CalendarDay[] {
  const spec = readCalendarFile(file);
  const days: CalendarDay[] = [
    ...Object.entries(spec.holidays ?? {}).map(([date, name]) => ({ date, kind: 'holiday' as const, name })),
    ...Object.entries(spec.workdays ?? {}).map(([date, name]) => ({ date, kind: 'workday' as const, name })),
  ];
  saveCalendarDays(ws.store, days);
  return days;
}

/** Marks one date as a day off or a working day for this company. */
export function setCalendarDay(ws: Workspace, day: CalendarDay): void {
  try {
    checkIsoDate(day.date, 'calendar day');
  } catch (e) {
    throw new UserError(textOf(e), 'date', { cause: e });
  }
  saveCalendarDays(ws.store, [day]);
}
