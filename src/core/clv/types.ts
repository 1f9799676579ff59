/** The per-customer summary both models are fitted on, in the chosen time unit. */
export interface CustomerSummary {
  /** Repeat transactions in calibration (purchases on one day count once; the first is not counted). */
  x: number;
  /** Time of the last transaction, from the first one. */
  tx: number;
  /** Time from the first transaction to the calibration end. */
  T: number;
  /** Average value of the repeat transactions (0 when x = 0). */
  m: number;
}

/** Identical summaries compressed into one row: the likelihood is a weighted sum over these. */
export interface WeightedSummary extends CustomerSummary {
  /** How many customers share this row. */
  w: number;
}

/** Why an optimiser stopped: at an optimum, out of iterations, or with no usable point. */
export const CONVERGENCES = ['converged', 'max-iterations', 'failed'] as const;
export type Convergence = (typeof CONVERGENCES)[number];

/** A fitted model's parameters with standard errors from the inverse observed information. */
export interface Fit<P extends string> {
  params: Record<P, number>;
  /** Null when the Hessian is not negative definite (the optimum is not a proper maximum). */
  standardErrors: Record<P, number | null>;
  logLikelihood: number;
  convergence: Convergence;
  iterations: number;
  /** Customers (sum of weights) the fit used. */
  customers: number;
}
