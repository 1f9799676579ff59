export {
  parsePeriod,
  PeriodError,
  periodFromMonths,
  periodMonths,
  trailingPeriods,
  monthLabel,
  type Period,
} from './period.ts';
