/**
 * Response shapes of the HTTP API (docs/api-contract.md). They mirror src/services/*.ts by hand:
 * the workbench compiles for the browser and must not pull server modules into its type graph.
 * test/contract/web-types.check.ts makes the root typecheck prove the services still match them.
 */

/** A value that may be missing: null means "no data". */
export type Maybe = number | null;

export interface Label {
  ru: string;
  en: string;
}

export type Unit = 'count' | 'ratio' | 'money' | 'number' | 'hours';

export interface FormulaNode {
  id: string;
  label: Label;
  unit: Unit;
  kind: 'measure' | 'product' | 'ratio' | 'sum' | 'difference';
  of?: string[];
  measure?: string;
  description?: Label;
}

export interface FormulaTree {
  id: string;
  label: Label;
  revenue: string;
  profit?: string;
  levers: string[];
  nodes: FormulaNode[];
}

export interface Period {
  from: string;
  to: string;
  label: string;
}

export type Role = 'owner' | 'analyst' | 'manager' | 'employee';

export interface User {
  id: number | string;
  login: string;
  name: string;
  role: Role;
  lang?: string;
}

export interface Me {
  user: User;
  csrfToken: string;
}

export interface Meta {
  /** Presets first, then the trees the company stored (source 'user'). */
  models: { id: string; label: Label | string; source?: 'preset' | 'user'; tree: FormulaTree }[];
  dimensions: string[];
  range: { first: string; last: string } | null;
  /** Periods as `2024-01..2024-12` (an object with a label is accepted too). */
  /** Null when the warehouse has no orders yet. */
  defaults: { period: string | Period; compare: string | Period } | null;
}

/** A canonical table a user imports. */
export type DataTable = 'orders' | 'leads' | 'spend' | 'costs';

/** Which levers the numbers use and which file would give each figure without data. */
export interface Coverage {
  levers: string[];
  /** Stand-in lever → the levers it replaces: { buyers: ['L', 'C'] } without leads. */
  standIns: Record<string, string[]>;
  /** Node id → the tables never imported that would give it. */
  needs: Record<string, DataTable[]>;
  /** Loaded tables with none of the filter's/slice's columns (leads: ['category']): their figures are blank. */
  unfiltered?: Partial<Record<DataTable, string[]>>;
}

export interface Evaluated {
  revenue: Maybe;
  revenueSource: 'formula' | 'data';
  profit?: Maybe;
  levers: Record<string, Maybe>;
  nodes: Record<string, Maybe>;
}

export interface SegmentResult extends Evaluated {
  key: string;
  /** Levers past their range here (a channel's C above 100 %: repeat buyers); absent when none. */
  aboveRange?: string[];
}

export interface FormulaResult extends Evaluated {
  model: string;
  period: Period;
  filters: Record<string, string[]>;
  by?: string[];
  segments?: SegmentResult[];
  explain?: Record<string, string>;
  /** The filter left no rows: say this instead of showing dashes. */
  empty?: Label;
  coverage: Coverage;
}

export interface Split {
  before: Maybe;
  after: Maybe;
  change: Maybe;
  changePct: Maybe;
  method: string;
  contributions: Record<string, number>;
  exact?: Record<string, number>;
  order?: string[];
  note?: string;
  error?: string;
  needs?: DataTable[];
  target?: string;
  explain?: string[];
}

export interface CompareResult extends Split {
  model: string;
  periods: { before: Period; after: Period };
  filters: Record<string, string[]>;
  detail: { before: Evaluated; after: Evaluated };
  profit?: Split;
  empty?: Label;
  coverage: Coverage;
}

export interface LeverRow {
  lever: string;
  step: number;
  revenue: Maybe;
  revenueChangePct: Maybe;
  profit: Maybe;
  profitChangePct: Maybe;
}

export interface LeversResult {
  model: string;
  period: Period;
  filters: Record<string, string[]>;
  step: number;
  base: { revenue: Maybe; profit: Maybe };
  rows: LeverRow[];
  empty?: Label;
  coverage: Coverage;
  /** The tornado: each lever raised to the benchmark of `by`, beside +step; null without a slice. */
  benchmark: LeverBenchmark | null;
}

/** What raising each lever to the 75th percentile of the default slice is worth (src/services/formula/levers.ts). */
export interface LeverBenchmark {
  by: string;
  byLabel: Label;
  measure: 'profit' | 'revenue';
  effects: {
    lever: string;
    p75: number | null;
    effect: number;
    segments: { key: string; value: number; effect: number }[];
  }[];
  noData: string[];
  /** 'any' (+step on any one lever, all alike), or one per lever, then 'all'. */
  step: { lever: string; effect: number | null }[];
}

export interface SegmentGain {
  key: string;
  value: number;
  gain: number;
}

export interface LeverPotential {
  lever: string;
  p75: number | null;
  /** Upper bound of a share lever (1 = 100%), null when unbounded. */
  max: number | null;
  potential: number;
  below: SegmentGain[];
  /** Segments above the lever's bound: left out of the benchmark and the potential. */
  outOfRange: { key: string; value: number }[];
  /** Segments whose gain counts each new unit through a share held at 100%. */
  heldAtBound: string[];
}

/** "What to do next": the key constraint's lever, the segments to start with, the tools. */
export interface NextStep {
  lever: string;
  dim: string;
  segments: string[];
  potential: number;
  tools: { ru: string; en: string } | null;
  text: { ru: string; en: string };
}

export interface ConstraintResult {
  model: string;
  period: Period;
  by: string;
  filters: Record<string, string[]>;
  key: string | null;
  levers: LeverPotential[];
  noData: string[];
  segments: number;
  nextStep: NextStep | null;
  empty?: Label;
}

export interface Stage {
  name: string;
  capacity: number;
}

export interface Throughput {
  output: number;
  bottleneck: string;
}

export interface LeverMove {
  lever: string;
  from: number;
  to: number;
  changePct: number;
}

export interface GoalSeekResult {
  node: string;
  from: number;
  value: number;
  factor: number;
  levers: LeverMove[];
}

export interface WhatIfResult {
  model: string;
  /** The lever values used; null where the data had none. */
  values: Record<string, Maybe>;
  revenue: Maybe;
  profit?: Maybe;
  nodes: Record<string, Maybe>;
  /** Inputs that are no lever (spend, SG&A, other costs) and where each value came from. */
  costs?: Array<{ id: string; value: Maybe; source: 'given' | 'data' | 'none' }>;
  /** The period the costs not typed in were read from. */
  costsPeriod?: { from: string; to: string; label: string };
  /** Inputs profit still needs: profit is null until they are typed in. */
  profitMissing?: string[];
  goal?: GoalSeekResult;
}

export interface RowError {
  file: string;
  row: number;
  column: string;
  value: string | null;
  reason: string;
}

export type TableName = 'orders' | 'leads' | 'spend' | 'costs';

export interface ImportResult {
  importId: number;
  file: string;
  table: TableName;
  status: 'imported' | 'rejected' | 'skipped' | 'validated';
  rowsRead: number;
  rowsInserted: number;
  rowsReplaced: number;
  errors: RowError[];
  errorCount: number;
  warnings: string[];
  /** Canonical field (or dimension column) → source header. */
  mapping: Record<string, string>;
  encoding: string;
  delimiter: string | null;
  format: string;
  seconds: number;
  /** Imported only: typed by the CSV reader on the way in ('direct') or parsed from text ('staged'). */
  loadPath?: 'direct' | 'staged';
  /** Preview only: the file's headers as spelled, and the first rows by canonical field (raw text). */
  headers?: string[];
  sample?: Record<string, string | null>[];
  /** Preview only: the table's fields, and the required ones no column maps to yet. */
  fields?: { name: string; required: boolean }[];
  missing?: string[];
}

/** A background import (POST /api/imports?async=1), polled at GET /api/jobs/{id}. */
export interface ImportJob {
  id: string;
  phase: 'queued' | 'read' | 'validate' | 'write' | 'done' | 'failed';
  /** Rows done of total within the phase; total 0 means unknown. */
  done: number;
  total: number;
  result?: ImportResult;
  error?: { message: string; requestId?: string };
  updatedAt: string;
}

export interface ImportRecord {
  id: number;
  file: string;
  tableName: string;
  format: string | null;
  rowsRead: number;
  rowsInserted: number;
  rowsReplaced: number;
  status: 'running' | 'imported' | 'rejected' | 'skipped' | 'failed';
  errorCount: number;
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** GET /api/dimensions: each filterable dimension's values, most revenue first. */
export interface DimensionValues {
  dimensions: Array<{
    dimension: string;
    /** Its name for people («Магазин»); a company's own column keeps its name. */
    label: Label;
    values: Array<{ value: string; revenue: Maybe; rows: number }>;
    /** Distinct values in all; more than `values.length` means the rest are found by search. */
    total: number;
  }>;
}
