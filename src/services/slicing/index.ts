/** Dimensions a formula is sliced and filtered by, their values, and the sliced analysis. */
export { analyseSlices, type SliceAnalysis, type SliceCell, type SliceStep } from './slices.ts';
export { checkDimensions, isOrderDimension, orderDimensions } from './dimensions.ts';
export {
  dimensionValuesFor,
  DIMENSION_TOP,
  type DimensionList,
  type DimensionValue,
} from './dimension-values.ts';
export { emptySliceNotice } from './slice-check.ts';
