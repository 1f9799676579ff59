/** KPI and bonus rules: payout strategies, motivation sheets, the KPI catalogue and designer. */
export type {
  Direction,
  Fact,
  FactSource,
  KpiTerms,
  Label,
  Maybe,
  Sheet,
  SheetLine,
  SheetPart,
} from './types.ts';
export { completion } from './completion.ts';
export { dataCoverage, type DataCoverage } from './coverage.ts';
export {
  channelScope,
  factSource,
  manualSource,
  sourceText,
  sourceWords,
  type SourceWords,
} from './fact-source.ts';
export {
  PAYOUT_RULES,
  pay,
  resolvePayoutRule,
  type CorridorRule,
  type CurveRule,
  type Payout,
  type PayoutRule,
  type PayoutRuleName,
} from './payout.ts';
export { assertWeightsSumToOne } from './weights.ts';
export {
  defaultMarketerPlan,
  type MarketerFacts,
  type MarketerPlan,
  type PlanTask,
  type PlannedKpi,
} from './plan.ts';
export { marketerSheet, taskLines } from './marketer-sheet.ts';
export { explainLine, type LineStory } from './explain.ts';
export type { KpiUnit, Lang } from './format.ts';
export { byUnit as formatKpiValue } from './format.ts';
export {
  DEFAULT_PHASING,
  GENERAL_CORRIDOR,
  generalSheet,
  kpiIndex,
  kpiLines,
  phasedBonus,
  ruleOf,
  type GeneralKpi,
  type GeneralPlan,
} from './general-sheet.ts';
export {
  assertNoDoublePay,
  DoublePayError,
  quarterMonths,
  quarterSheet,
  QUARTER_CORRIDOR,
  type MonthlyTaskRef,
  type QuarterPlan,
} from './quarter-sheet.ts';
export { DEFAULT_ROMI, ROMI_BASES, type RomiBasis, type RomiReading } from './romi.ts';
export { evalKpiFormula, formulaMeasures, type KpiFormula } from './kpi-formula.ts';
export {
  KPI_CATALOGUE,
  extendCatalogue,
  kpiDefinition,
  kpiFact,
  type KpiDefinition,
  type KpiStage,
} from './catalogue.ts';
export {
  designKpiSystem,
  PositionWeightsError,
  type KpiDesign,
  type KpiRow,
  type PositionKpis,
  type PositionSpec,
} from './designer.ts';
export {
  ENTRY_KINDS,
  assessEntry,
  checkEntry,
  checkRegister,
  type AssessedEntry,
  type EntryKind,
  type EntryStatus,
  type RegisterEntry,
  type RegisterRules,
  type Remark,
  type ReportNorm,
} from './analyst-register.ts';
export {
  ANALYST_KPIS,
  ANALYST_NAMES,
  analystFacts,
  analystSheet,
  type AnalystCounts,
  type AnalystKpi,
  type AnalystPlan,
  type AnalystPlanKpi,
  type AnalystSheet,
} from './analyst-sheet.ts';
export { explainEntry, explainEntryIn } from './analyst-explain.ts';
export { defaultAnalystPlan } from './analyst-default.ts';
