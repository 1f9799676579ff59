/** Working-day calendars: weekends, holidays and transferred days, for rules counted in business days. */
export {
  addDays,
  checkIsoDate,
  DateError,
  ISO_DATE,
  isCalendarDay,
  isIsoDate,
  isoDateOf,
  isoDateProblem,
  weekday,
  YEARS,
  type IsoDate,
} from './iso-date.ts';
export {
  WEEKDAYS,
  addBusinessDays,
  buildCalendar,
  businessDaysBetween,
  dayOff,
  isBusinessDay,
  isEstimatedYear,
  type CalendarSpec,
  type WeekdayName,
  type WorkCalendar,
} from './work-calendar.ts';
