/** The profit formula's use cases: evaluate, compare, lever table, key constraint, what-if, models, coverage, the terminal report. */
export { resolveModel } from './model.ts';
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
export {
  whatIfFor,
  untypedCosts,
  parseTarget,
  type WhatIfResult,
  type WhatIfRequest,
  type WhatIfTarget,
} from './whatif.ts';
export {
  addUserModel,
  listModels,
  modelById,
  removeUserModel,
  MAX_TREE_BYTES,
  type ModelEntry,
} from './user-models.ts';
export { userModelsVersion } from '../../store/index.ts';
