/** One customer's recency, frequency and monetary values as of a date (computed in SQL). */
export interface RfmValues {
  customerId: string;
  /** Whole days from the last order to the as-of date. */
  recencyDays: number;
  /** Orders in the window (default 365 days). */
  frequency: number;
  /** Revenue in the window. */
  monetary: number;
  /** Order rows and revenue over all time: what the R package `rfm` scores. */
  ordersAllTime: number;
  revenueAllTime: number;
}

/** Scores 1…n, higher is better on every axis (R too: recent buyers score high). */
export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

/** The thresholds a strategy used, so every score can be explained. */
export interface Boundaries {
  r: number[];
  f: number[];
  m: number[];
}

/** The result of scoring a customer base. */
export interface Scored {
  bins: number;
  scores: RfmScores[];
  boundaries: Boundaries;
}
