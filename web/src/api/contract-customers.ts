/**
 * The /api/customers answers as the workbench reads them: types only, inferred from the contract's
 * schemas (src/contract/customers.ts), so a field renamed on the server fails this build. `import
 * type` keeps zod and the schemas out of the bundle.
 */
export type {
  ChannelMetric,
  ChannelRow,
  ChannelsResult,
  ClvSummary,
  ClvValidation,
  Cohort,
  CohortMonth,
  CohortsResult,
  FunnelResult,
  FunnelStep,
  FunnelValue,
  PurchaseModel,
  RfmGrid,
  SegmentsResult,
} from '../../../src/contract/customers.ts';
