export {
  parsePeriod,
  periodFromMonths,
  periodMonths,
  trailingPeriods,
  monthLabel,
  type Period,
} from './period.ts';
