/** RFM: scoring strategies, named segments and their summary. Pure. */
export type { RfmValues, RfmScores, Boundaries, Scored } from './types.ts';
export { innerQuantiles, innerQuantilesOf, binOf, quantileSorted } from './quantile.ts';
export { tieAwareBreaks, tieAwareBreaksOf } from './tie-bins.ts';
export { histogramOf, type Histogram } from './histogram.ts';
export {
  scoreRfm,
  planBinning,
  breaksOf,
  scoresOf,
  axesNeedingHistograms,
  histogramOfWholeUnits,
  AXES,
  BINNINGS,
  type Axis,
  type AxisPlan,
  type BinningPlan,
  type Binning,
  type RfmMeasure,
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
export { summariseSegments, summaryFromTotals, type SegmentSummary, type SegmentTotals } from './summary.ts';
export { rfmGrid, gridFromCells, type RfmGridCell } from './grid.ts';
export {
  migrationMatrix,
  migrationFromCells,
  type MigrationCell,
  NEW_CUSTOMERS,
  type MigrationMatrix,
  type MigrationRow,
  type MigrationCustomer,
} from './migration.ts';
