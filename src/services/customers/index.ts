/** Customer analytics: RFM, segments, CLV, cohorts, the funnel, channel unit economics, the CRM lists. */
export {
  rfmFor,
  rfmOverviewFor,
  type RfmRequest,
  type RfmResult,
  type RfmCustomer,
  type RfmOverview,
} from './rfm.ts';
export { rfmGridFor, type RfmGridResult } from './grid.ts';
export { clvFor, clvFitsFor, fitInputs, CLV_MODELS, type ClvRequest, type ClvResult } from './clv.ts';
export { clvFromFile, type ClvFileRequest, type ClvFileResult } from './clv-from-file.ts';
export { paretoNbdFor, PARETO_NBD_MODEL, type ParetoNbdResult } from './pareto.ts';
export { clvValidationFor, type ClvValidation, type ClvValidationRequest } from './holdout.ts';
export { exportCustomers, EXPORT_COLUMNS } from './export.ts';
export {
  customerListFor,
  customerListSheet,
  exportCustomerList,
  listColumns,
  LIST_VALUE_COLUMNS,
  type CustomerListRequest,
  type CustomerListResult,
  type ListedCustomer,
} from './list.ts';
export {
  customerValuesFor,
  VALUE_COLUMNS,
  type CustomerValueRequest,
  type CustomerValueRow,
  type CustomerValues,
} from './value.ts';
export {
  segmentsFor,
  type SegmentsRequest,
  type SegmentsResult,
  type SegmentLine,
  type SegmentMigration,
} from './segments.ts';
export { exportSegments, SEGMENT_COLUMNS, MIGRATION_COLUMNS } from './segments-export.ts';
export { cohortsFor, type CohortsRequest, type CohortsResult } from './cohorts.ts';
export { channelsFor, type ChannelsRequest, type ChannelsResult, type ChannelRow } from './channels.ts';
export { funnelFor, type FunnelRequest, type FunnelResult } from './funnel.ts';
export {
  exportCohorts,
  exportChannels,
  exportFunnel,
  COHORT_COLUMNS,
  CHANNEL_COLUMNS,
  FUNNEL_STEP_COLUMNS,
  FUNNEL_TRANSITION_COLUMNS,
} from './analytics-export.ts';
export { clvSummaryFor, type ClvSummary, type ClvGroup } from './clv-summary.ts';
