export type {
  ExprKind,
  ExprNode,
  FormulaNode,
  FormulaTree,
  Label,
  Maybe,
  MeasureNode,
  MeasureSpec,
  MeasureValues,
  NodeValues,
  Unit,
} from './types.ts';
export { BUILTIN_MEASURES } from './measures.ts';
export { MEASURE_NAMES, measureLabel } from './measure-names.ts';
export { PRESET_IDS, getPreset, isPresetId, type PresetId } from './presets.ts';
export { FormulaTreeError, type TreeProblem } from './tree-error.ts';
export { MAX_TREE_BYTES, MAX_TREE_DEPTH, NODE_ID } from './tree-limits.ts';
export { assertValidTree, validateTree } from './validate.ts';
export { parseTree, type TreeFormat } from './parse-tree.ts';
export { treeSchema } from './tree-schema.ts';
export { evaluate, reevaluate, indexNodes, type Overrides } from './evaluate.ts';
export { evaluateFromLevers } from './from-levers.ts';
export { decompositionLeaves, allLeaves, type Leaves } from './leaves.ts';
export {
  ATTRIBUTION_METHODS,
  attribute,
  attributionStrategy,
  chain,
  lmdi,
  logMean,
  roundContributions,
  type AttributeOptions,
  type Attribution,
  type AttributionFailure,
  type AttributionInput,
  type AttributionMethod,
  type AttributionResult,
} from './attribution/index.ts';
export { leverTable, type LeverRow, type LeverTable } from './levers.ts';
export {
  benchmarkEffects,
  costsHeldAtZero,
  marginLever,
  stepEffects,
  type BenchmarkEffect,
  type BenchmarkGain,
  type StepEffect,
} from './benchmark-effects.ts';
export { changePct } from './percent.ts';
export { quantile7 } from '../stats/index.ts';
export {
  CONSTRAINT_QUANTILE,
  keyConstraint,
  type ConstraintReport,
  type LeverPotential,
  type Segment,
  type SegmentGain,
  type SegmentOutOfRange,
} from './constraint.ts';
export { leverMax } from './lever-range.ts';
export { leverTools } from './lever-tools.ts';
export { raise, throughput, type Stage, type Throughput } from './stage-capacity.ts';
export { whatIf, type WhatIf } from './whatif.ts';
export { whatIfInputs, type WhatIfInputs } from './whatif-inputs.ts';
export { WhatIfError } from './whatif-error.ts';
export {
  goalSeek,
  type GoalMode,
  type GoalSeekInput,
  type GoalSeekResult,
  type LeverMove,
} from './goal-seek.ts';
export { explainNode, explainTree } from './explain.ts';
export { explainSplit } from './explain-split.ts';
export { supportedTree, type SupportedTree } from './supported.ts';
export { withStandIns } from './stand-ins.ts';
