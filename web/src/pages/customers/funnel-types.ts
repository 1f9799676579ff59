/** The answer of GET /api/customers/funnel (docs/customer-analytics.md), mirrored by hand. */
import type { Maybe } from '../../api/types.ts';

/** One value (category, product) at one purchase step. */
export interface FunnelValue {
  value: string | null;
  customers: number;
  share: number;
  revenue: number;
  averageCheck: Maybe;
  continued: number | null;
  continuedShare: Maybe;
}

/** Purchase n: who made it, and what they bought. */
export interface FunnelStep {
  step: number;
  customers: number;
  reachedShare: Maybe;
  revenue: number;
  averageCheck: Maybe;
  values: FunnelValue[];
}

/** From a value at step n to the value of purchase n + 1, or to no next purchase (`stopped`). */
export interface FunnelTransition {
  step: number;
  from: string | null;
  to: string | null;
  stopped: boolean;
  customers: number;
  share: number;
  nextAverageCheck: Maybe;
}

export interface FunnelResult {
  dim: string;
  steps: number;
  asOf: string;
  period: string | null;
  customers: number;
  /** Values kept per purchase when the tail was merged (`top` asked), else null. */
  top: number | null;
  /** The merged tail's name ("Прочие" / "Other") and values merged per purchase; null when none. */
  other: { label: string; items: number[] } | null;
  purchases: FunnelStep[];
  transitions: FunnelTransition[];
}
