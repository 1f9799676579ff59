/** Parsers of what a user types (periods, filters, values, steps) shared by the CLI and the HTTP API, and the user's error. */
export { UserError, errorKind, errorDetails, type ErrorKind } from './user-error.ts';
export {
  parseFilters,
  parseValues,
  parseStep,
  parseStages,
  parseList,
  parseMap,
  wholeInRange,
} from './options.ts';
export { resolvePeriods, parsePeriodOption } from './periods.ts';
