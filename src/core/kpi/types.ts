/**
 * KPI and bonus rules. Pure: plans and facts come in as numbers, sheets go out as data; where a
 * fact came from (warehouse, manual entry) is carried along as text, never looked up here.
 */
import type { DataCoverage } from './coverage.ts';
import type { Label, Maybe } from '../formula/types.ts';
import type { KpiUnit } from './format.ts';
import type { PayoutRule } from './payout.ts';

export type { Label, Maybe };

/** Whether a bigger fact is better (leads, ROMI) or a smaller one (CPA, MRE). */
export type Direction = 'higher' | 'lower';

/**
 * A KPI's weight and payout terms in a plan: a plain plan (paid through the corridor) or base /
 * norm / target (paid through the curve), and a cap. The general, analyst's and quarterly plans'
 * KPIs all carry these.
 */
export interface KpiTerms {
  weight: number;
  plan?: number;
  base?: number;
  norm?: number;
  target?: number;
  /** Highest paid completion (curve: paid at and above target). */
  cap?: number;
}

/** Where a fact came from, shown beside it so nobody argues about the number. */
export interface FactSource {
  /**
   * 'warehouse' for facts computed from the data, 'manual' for facts typed in, 'register' for
   * facts counted from the analyst's register of reports.
   */
  kind: 'warehouse' | 'manual' | 'register';
  /**
   * The query or person and file behind the figure, in English with raw figures: the stable field
   * for programs reading the JSON.
   */
  detail: string;
  /** The same for people, in Russian and English, figures and dates in the locale. */
  text: Label;
}

/** A fact that may be missing: value null means "no data", never 0. */
export interface Fact {
  value: Maybe;
  source?: FactSource;
}

/** One line of a motivation sheet, as the JSON contract names it. */
export interface SheetLine {
  /** KPI id (leads, new_client_share…), `task:<id>` or `discretionary`. */
  kpi: string;
  /** Part of the sheet the line belongs to (leads, tasks, discretionary, kpi…). */
  part: string;
  name: Label;
  /** Weight of the line inside its part (0..1). */
  weight: number;
  plan: Maybe;
  fact: Maybe;
  /** fact / plan (plan / fact when lower is better); null when either is missing. */
  completion: Maybe;
  /** Completion after the payout rule (floor, cap, curve); null when completion is. */
  paidCompletion: Maybe;
  /** Roubles with kopecks; null when the fact is missing ("no data"). */
  amount: Maybe;
  /** Share of the bonus base the line's part gets; the amount is paid × weight × this × bonus. */
  partShare?: number;
  direction?: Direction;
  unit?: KpiUnit;
  /** The payout rule applied (absent for the discretionary line), so an export can rebuild it. */
  rule?: PayoutRule;
  source?: FactSource;
  explain: Label;
}

/** A part of the sheet: its share of the bonus, the coefficient applied to it, its amount. */
export interface SheetPart {
  id: string;
  name: Label;
  /** Share of the bonus base (0.7, 0.3); null for the discretionary part, which has no plan. */
  share: Maybe;
  /** Sum of the part's line amounts, before the coefficient. */
  subtotal: Maybe;
  /** Multiplier on the subtotal (the lead-quality coefficient); 1 when the part has none. */
  coefficient: Maybe;
  amount: Maybe;
  /** Inputs of the coefficient when it comes from a KPI (part 1: accepted share against its plan). */
  quality?: { plan: number; fact: Maybe; cap: number };
  explain?: Label;
}

/** A computed motivation sheet. `total` is null when any fact it needs is missing. */
export interface Sheet {
  kind: 'marketer' | 'general' | 'quarter' | 'analyst';
  employee: string;
  period: string;
  bonus: number;
  lines: SheetLine[];
  parts: SheetPart[];
  total: Maybe;
  /** KPIs whose facts are missing: enter them (or load the data) and compute again. */
  missing: string[];
  /** The employee's name as stored (the sheet is keyed by `employee`, the id); set by services. */
  employeeName?: string;
  /** Set when the data ends inside the period: the facts cover only part of it. */
  coverage?: DataCoverage;
}
