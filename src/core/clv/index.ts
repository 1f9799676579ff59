/** CLV models: BG/NBD and Pareto/NBD purchases, Gamma-Gamma spend, their combination and validation. Pure. */
export {
  CONVERGENCES,
  type CustomerSummary,
  type WeightedSummary,
  type Fit,
  type Convergence,
} from './types.ts';
export { compressSummaries } from './compress.ts';
export { breakTies } from './break-ties.ts';
export {
  columnsOf,
  rangeOf,
  totalWeight,
  type SummaryColumns,
  type SummaryInput,
} from './summary-columns.ts';
export { minimise, type MinimiseOptions, type MinimiseResult } from './nelder-mead.ts';
export { minimiseSmooth, type BfgsOptions, type ValueAndGradient } from './bfgs.ts';
export { bgnbdObjective, type LikelihoodAndGradient } from './bgnbd-objective.ts';
export { gammaGammaObjective } from './gamma-gamma-objective.ts';
export { standardErrors, invert } from './hessian.ts';
export {
  fitBgNbd,
  bgnbdLogLikelihood,
  bgnbdPAlive,
  bgnbdExpectedPurchases,
  bgnbdExpectedByTime,
  BGNBD_PARAMS,
  type BgNbdParam,
  type BgNbdParams,
} from './bgnbd.ts';
export {
  fitGammaGamma,
  gammaGammaLogLikelihood,
  gammaGammaExpectedValue,
  GG_PARAMS,
  type GammaGammaParam,
  type GammaGammaParams,
} from './gamma-gamma.ts';
export { customerValue, customerValueWith, type ClvOptions, type CustomerValue } from './clv.ts';
export {
  holdoutTable,
  holdoutTableWith,
  type HoldoutCustomer,
  type HoldoutGroup,
  type HoldoutTable,
} from './holdout.ts';
export {
  purchaseModel,
  PURCHASE_MODELS,
  type CustomerForecast,
  type PurchaseForecast,
  type PurchaseModel,
  type PurchaseModelName,
} from './purchase-model.ts';
export {
  fitParetoNbd,
  paretoNbdLogLikelihood,
  paretoNbdPAlive,
  paretoNbdExpectedPurchases,
  paretoNbdExpectedIfAlive,
  paretoNbdExpectedByTime,
  PARETO_NBD_PARAMS,
  type ParetoNbdParam,
  type ParetoNbdParams,
} from './pareto-nbd.ts';
export {
  CLV_MODELS,
  CLV_FIT_MODELS,
  TIME_UNITS,
  type ClvModel,
  type ClvFitModel,
  type TimeUnit,
} from './model-names.ts';
export { logHyp2f1Shifted } from './log-hyp2f1.ts';
export { paretoNbdObjective } from './pareto-nbd-objective.ts';
export { logHyp2f1ShiftedWithDerivatives, type LogHyp2f1 } from './hyp2f1-shifted-series.ts';
