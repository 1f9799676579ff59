import { reevaluate } from './evaluate.ts';
import { quantile7 } from './quantile.ts';
import type { FormulaTree, NodeValues } from './types.ts';

/** Evaluated node values of one segment (a store, channel, manager…). */
export interface Segment {
  key: string;
  values: NodeValues;
}

/** A segment below the lever's 75th percentile and what reaching it would add. */
export interface SegmentGain {
  key: string;
  value: number;
  gain: number;
}

/** A lever's potential across the segments of one dimension. */
export interface LeverPotential {
  lever: string;
  /** 75th percentile (type 7) over segments with data; null when none has data. */
  p75: number | null;
  potential: number;
  below: SegmentGain[];
}

/** Levers ranked by potential; the first is the key constraint. */
export interface ConstraintReport {
  key: string | null;
  levers: LeverPotential[];
}

/** Fulcrum's rule for the key constraint, as a fraction: the level laggards are raised to. */
export const CONSTRAINT_QUANTILE = 0.75;

function potentialOf(tree: FormulaTree, segments: readonly Segment[], lever: string): LeverPotential {
  const withData = segments.filter((s) => (s.values[lever] ?? null) !== null);
  const p75 = quantile7(
    withData.map((s) => s.values[lever] as number),
    CONSTRAINT_QUANTILE,
  );
  const below: SegmentGain[] = [];
  for (const s of withData) {
    const value = s.values[lever] as number;
    const revenue = s.values[tree.revenue] ?? null;
    if (p75 === null || value >= p75 || revenue === null) continue;
    const raised = reevaluate(tree, s.values, { [lever]: p75 })[tree.revenue] ?? null;
    // A segment whose raised revenue has no data cannot show a gain; it is left out, not counted as 0.
    if (raised !== null) below.push({ key: s.key, value, gain: raised - revenue });
  }
  below.sort((a, b) => b.gain - a.gain);
  return { lever, p75, potential: below.reduce((sum, g) => sum + g.gain, 0), below };
}

/**
 * Key constraint (METHODOLOGY §1, Fulcrum rule): a lever's potential is the revenue gained if every
 * segment below the lever's 75th percentile reached it, other levers unchanged. The lever with the
 * largest potential limits the business most.
 */
export function keyConstraint(tree: FormulaTree, segments: readonly Segment[]): ConstraintReport {
  const levers = tree.levers.map((l) => potentialOf(tree, segments, l));
  levers.sort((a, b) => b.potential - a.potential);
  const top = levers[0];
  return { key: top && top.potential > 0 ? top.lever : null, levers };
}
