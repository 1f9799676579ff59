/** Acquisition cohorts: retention and the LTV curve from per-cohort monthly cells. Pure. */
export type { Cohort, CohortCell, CohortMonth } from './types.ts';
export { cohortCurve, cohortsFromCells, pooledCurve } from './curve.ts';
export { curveAt, paybackMonth } from './payback.ts';
