export {
  parsePeriod,
  PeriodError,
  periodFromMonths,
  periodMonths,
  trailingPeriods,
  monthLabel,
  lastDayOf,
  type Period,
} from './period.ts';
