/**
 * Response shapes of the /api/customers routes (docs/customers.md). They mirror src/services by
 * hand: the workbench compiles for the browser and must not pull server modules into its graph.
 */
import type { Maybe } from '../../api/types.ts';

export interface SegmentLine {
  segment: string;
  name: string;
  tactic: string;
  customers: number;
  share: number;
  orders: number;
  revenue: number;
  averageCheck: Maybe;
  averageRecencyDays: Maybe;
}

export interface RfmCell {
  r: number;
  f: number;
  customers: number;
  revenue: number;
  segment: string | null;
}

export interface RfmGrid {
  asOf: string;
  binning: string;
  bins: number;
  windowDays: number;
  wholeHistory: boolean;
  boundaries: { r: number[]; f: number[]; m: number[] };
  customers: number;
  revenue: number;
  segments: SegmentLine[];
  grid: RfmCell[];
}

export interface MigrationRow {
  from: string;
  customers: number[];
  revenue: number[];
  totalCustomers: number;
  totalRevenue: number;
}

export interface SegmentsResult {
  asOf: string;
  customers: number;
  segments: SegmentLine[];
  migration: {
    from: string;
    to: string;
    columns: string[];
    rows: MigrationRow[];
    customers: number;
    stayed: number;
    newCustomers: number;
    revenue: number;
  } | null;
}

export interface HoldoutGroup {
  x: number;
  atLeast: boolean;
  customers: number;
  actual: number;
  predicted: number;
  actualMean: number;
  predictedMean: number;
}

/** The purchase models behind P(alive) and the holdout check, with their names in the literature. */
export const PURCHASE_MODELS = [
  { value: 'bgnbd', label: 'BG/NBD' },
  { value: 'pareto-nbd', label: 'Pareto/NBD' },
] as const;
export type PurchaseModel = (typeof PURCHASE_MODELS)[number]['value'];

export interface ClvValidation {
  calibrationEnd: string;
  holdoutEnd: string;
  unit: 'day' | 'week' | 'month';
  holdoutLength: number;
  model: PurchaseModel;
  /** The chosen model's fit on the calibration period. */
  purchase: {
    params: Record<string, number>;
    standardErrors: Record<string, Maybe>;
    logLikelihood: number;
    convergence: string;
    customers: number;
  };
  validation: { groups: HoldoutGroup[]; total: { customers: number; actual: number; predicted: number } };
}

export interface CohortMonth {
  month: number;
  customers: number;
  active: number;
  retention: Maybe;
  revenuePerCustomer: Maybe;
  cumulativeRevenuePerCustomer: Maybe;
}

export interface Cohort {
  cohort: string | null;
  customers: number;
  months: CohortMonth[];
}

export interface CohortsResult {
  asOf: string;
  by: string;
  months: number;
  partialMonth: string | null;
  cohorts: Cohort[];
  total: Cohort;
}

export type MetricUnit = 'count' | 'ratio' | 'money' | 'number' | 'percent';

export interface ChannelMetric {
  id: string;
  /** The KPI catalogue id behind it (its glossary term); null for the payback month. */
  kpi?: string | null;
  name: { ru: string; en: string };
  unit: MetricUnit;
  direction: 'higher' | 'lower';
  /** What the metric counts (and why it can pass 100% where it can). */
  definition: { ru: string; en: string };
}

/** A sentence beside a right figure that reads as an error (CARC below CAC, ROMI in the thousands). */
export interface ChannelNote {
  kind: 'carcBelowCac' | 'romiHigh';
  /** The channels it applies to; null stands for the whole company. */
  channels: (string | null)[];
  example: string | null;
  text: { ru: string; en: string };
}

export type ChannelRow = { channel: string | null } & Record<string, unknown>;

export interface ChannelsResult {
  period: string;
  asOf: string;
  horizonMonths: number;
  metrics: ChannelMetric[];
  channels: ChannelRow[];
  total: ChannelRow;
  missing: string[];
  notes: ChannelNote[];
}
