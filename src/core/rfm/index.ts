/** RFM: scoring strategies, named segments and their summary. Pure. */
export type { RfmValues, RfmScores, Boundaries, Scored } from './types.ts';
export { innerQuantiles, binOf, quantileSorted } from './quantile.ts';
export { tieAwareBreaks } from './tie-bins.ts';
export {
  scoreRfm,
  resolveBinning,
  BINNINGS,
  type Binning,
  type ScoringOptions,
  type Norms,
} from './strategies.ts';
export {
  validateSegments,
  segmentOf,
  covers,
  SegmentRulesError,
  type SegmentRule,
  type Bilingual,
  type Range,
} from './segments.ts';
export { DEFAULT_SEGMENTS } from './default-segments.ts';
export { summariseSegments, type SegmentSummary } from './summary.ts';
export { rfmGrid, type RfmGridCell } from './grid.ts';
export {
  migrationMatrix,
  NEW_CUSTOMERS,
  type MigrationMatrix,
  type MigrationRow,
  type MigrationCustomer,
} from './migration.ts';
