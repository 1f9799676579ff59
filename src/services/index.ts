/** Use cases: the CLI (and later the HTTP API) call only these. */
export { openWorkspace, type Workspace } from './workspace.ts';
export { resolveModel } from './model.ts';
export { defaultPeriods, orderDateRange } from './data-range.ts';
export {
  formulaFor,
  type FormulaResult,
  type FormulaRequest,
  type SegmentResult,
  type Evaluated,
} from './formula.ts';
export { comparePeriods, type CompareResult, type CompareRequest, type Split } from './compare.ts';
export { type Coverage, type DataTable } from './coverage.ts';
export { leversFor, type LeversResult } from './levers.ts';
export { constraintFor, type ConstraintResult } from './constraint.ts';
export { nextStepOf, type NextStep } from './next-step.ts';
export { defaultConstraintDimension, leversNextStep } from './levers-next-step.ts';
export { buildReport, type ReportResult } from './report.ts';
export { ensureSample, SAMPLE_DIR, SAMPLE_DB, SAMPLE_VERSION } from './sample.ts';
export { ensureDemoAccounts, type DemoLogin } from './sample-accounts.ts';
export { seedSampleMotivation, SAMPLE_PEOPLE } from './sample-motivation.ts';
export { importInto, importLog } from './import.ts';
export { analyseSlices, type SliceAnalysis, type SliceCell, type SliceStep } from './slices.ts';
export {
  whatIfFor,
  untypedCosts,
  parseTarget,
  type WhatIfResult,
  type WhatIfRequest,
  type WhatIfTarget,
} from './whatif.ts';
export { UserError, errorKind, errorDetails, type ErrorKind } from './user-error.ts';
export { parseFilters, parseValues, parseStep, parseStages, parseList, parseMap } from './options.ts';
export { resolvePeriods, parsePeriodOption } from './periods.ts';
export {
  addUser,
  listUsers,
  hasNoUsers,
  checkPassword,
  generatePassword,
  parseRole,
  updateUser,
  removeUser,
  resetPassword,
  type UserPatch,
} from './accounts.ts';
export {
  startSession,
  resumeSession,
  endSession,
  createApiToken,
  userByApiToken,
  listOwnTokens,
  listTokensOf,
  revokeToken,
  type Credential,
  DEFAULT_SESSION_POLICY,
  type ActiveSession,
  type SessionPolicy,
} from './sessions.ts';
export {
  rfmFor,
  rfmOverviewFor,
  type RfmRequest,
  type RfmResult,
  type RfmCustomer,
  type RfmOverview,
} from './customers-rfm.ts';
export { rfmGridFor, type RfmGridResult } from './customers-grid.ts';
export {
  clvFor,
  clvFitsFor,
  fitInputs,
  CLV_MODELS,
  type ClvRequest,
  type ClvResult,
} from './customers-clv.ts';
export { clvFromFile, type ClvFileRequest, type ClvFileResult } from './clv-from-file.ts';
export { paretoNbdFor, PARETO_NBD_MODEL, type ParetoNbdResult } from './customers-pareto.ts';
export { clvValidationFor, type ClvValidation, type ClvValidationRequest } from './customers-holdout.ts';
export { exportCustomers, EXPORT_COLUMNS } from './customers-export.ts';
export {
  customerListFor,
  customerListSheet,
  exportCustomerList,
  listColumns,
  LIST_VALUE_COLUMNS,
  type CustomerListRequest,
  type CustomerListResult,
  type ListedCustomer,
} from './customers-list.ts';
export {
  customerValuesFor,
  VALUE_COLUMNS,
  type CustomerValueRequest,
  type CustomerValueRow,
  type CustomerValues,
} from './customers-value.ts';
export {
  segmentsFor,
  type SegmentsRequest,
  type SegmentsResult,
  type SegmentLine,
  type SegmentMigration,
} from './customers-segments.ts';
export { exportSegments, SEGMENT_COLUMNS, MIGRATION_COLUMNS } from './customers-segments-export.ts';
export { cohortsFor, type CohortsRequest, type CohortsResult } from './customers-cohorts.ts';
export {
  channelsFor,
  type ChannelsRequest,
  type ChannelsResult,
  type ChannelRow,
} from './customers-channels.ts';
export { funnelFor, type FunnelRequest, type FunnelResult } from './customers-funnel.ts';
export {
  exportCohorts,
  exportChannels,
  exportFunnel,
  COHORT_COLUMNS,
  CHANNEL_COLUMNS,
  FUNNEL_STEP_COLUMNS,
  FUNNEL_TRANSITION_COLUMNS,
} from './customers-analytics-export.ts';
export {
  writeSheets,
  sheetsBytes,
  exportFormat,
  csvText,
  type ExportSheet,
  type ExportFormat,
} from './table-export.ts';
export { columnsOf } from './export-columns.ts';
export {
  formulaSheets,
  compareSheets,
  leverSheets,
  constraintSheets,
  clvValidationSheets,
} from './analysis-export.ts';
export { exportSheets, exportFileName, EXPORT_ANALYSES, type ExportAnalysis } from './analysis-exports.ts';
export {
  importPlans,
  exportPlan,
  planFile,
  setPlanValue,
  storePlan,
  kpiSheetFor,
  parsePlan,
} from './kpi-plans.ts';
export { copyPlan, copyAnalystPlan, type PlanCopy } from './kpi-plan-copy.ts';
export { marketerFacts } from './kpi-facts.ts';
export { quarterSheetFor, quarterSheetFromFile, quarterSheetFromPlan } from './kpi-quarter.ts';
export {
  parseQuarterPlan,
  storeQuarterPlan,
  importQuarterPlans,
  findQuarterPlan,
  quarterPlanFile,
  quarterPlansList,
  removeQuarterPlan,
  exportQuarterPlan,
  setQuarterPlanValue,
  type QuarterPlanChange,
} from './kpi-quarter-plans.ts';
export { quarterFacts, quarterPeriod } from './kpi-quarter-facts.ts';
export type { QuarterPlanFile, StoredQuarterPlan } from './kpi-quarter-schema.ts';
export { designFor, designFromPositions, readPositions } from './kpi-design.ts';
export { saveDesign, savedDesignOf, designFromSaved, type DesignWithSaved } from './kpi-designs.ts';
export { linkUser, employeeOf, kpiEmployeesFor, KPI_ADMIN_ROLES } from './kpi-people.ts';
export { writeSheetXlsx } from './kpi-xlsx.ts';
export { writeDesignXlsx, designWorkbook, designXlsxBytes } from './kpi-design-xlsx.ts';
export type { PlanFile } from './kpi-plan-schema.ts';
export { warehouseVersion } from './warehouse-version.ts';
export { warmFirstViews, FIRST_VIEW_MODELS } from './warm-views.ts';
export {
  importRegister,
  setAnalystPlan,
  analystPlanOf,
  putRegisterEntry,
  addRemark,
  setReportNorm,
  listReportNorms,
  analystRegister,
  analystSheetFor,
  type RegisterImport,
} from './kpi-analyst.ts';
export { analystWorkbook, sheetXlsxBytes, writeAnySheetXlsx } from './kpi-analyst-xlsx.ts';
export { sheetWorkbook } from './kpi-xlsx.ts';
export {
  BUNDLED_CALENDAR,
  workCalendarFor,
  importCalendarDays,
  setCalendarDay,
  readCalendarFile,
} from './work-calendar.ts';
export {
  addUserModel,
  listModels,
  modelById,
  removeUserModel,
  MAX_TREE_BYTES,
  type ModelEntry,
} from './user-models.ts';
export { catalogueWith, type Catalogue } from './kpi-definitions.ts';
export { kpiFactsFor, type KpiFactRow, type KpiFactsResult } from './kpi-facts-all.ts';
export { checkDimensions } from './dimensions.ts';
export {
  dimensionValuesFor,
  DIMENSION_TOP,
  type DimensionList,
  type DimensionValue,
} from './dimension-values.ts';
export { emptySliceNotice } from './slice-check.ts';
export { clvSummaryFor, type ClvSummary, type ClvGroup } from './customers-clv-summary.ts';
