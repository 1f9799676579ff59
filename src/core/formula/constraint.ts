import { reevaluate } from './evaluate.ts';
import { leverMax } from './lever-range.ts';
import { quantile7 } from '../stats/index.ts';
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

/** A segment whose value lies outside the lever's range (see leverMax). */
export interface SegmentOutOfRange {
  key: string;
  value: number;
}

/** A lever's potential across the segments of one dimension. */
export interface LeverPotential {
  lever: string;
  /**
   * The benchmark: the 75th percentile (type 7) over segments with data inside the lever's range;
   * null when none has.
   */
  p75: number | null;
  /** The lever's upper bound (1 = 100% for a share), or null when it has none. */
  max: number | null;
  /** Σ over `below` of the formula's revenue at the benchmark minus the segment's revenue. */
  potential: number;
  below: SegmentGain[];
  /** Segments above the lever's bound: left out of the benchmark and of the potential. */
  outOfRange: SegmentOutOfRange[];
  /** Segments whose gain was taken with a share held at its bound (a volume lever, see below). */
  heldAtBound: string[];
}

/** Levers ranked by potential; the first is the key constraint. */
export interface ConstraintReport {
  key: string | null;
  levers: LeverPotential[];
}

/** Fulcrum's rule for the key constraint, as a fraction: the level laggards are raised to. */
export const CONSTRAINT_QUANTILE = 0.75;

/** Overrides holding every bounded lever of a segment that reads past its bound at the bound. */
function heldToBounds(tree: FormulaTree, values: NodeValues): NodeValues {
  const held: NodeValues = {};
  for (const l of tree.levers) {
    const max = leverMax(tree, l);
    const v = values[l] ?? null;
    if (max !== null && v !== null && v > max) held[l] = max;
  }
  return held;
}

function potentialOf(tree: FormulaTree, segments: readonly Segment[], lever: string): LeverPotential {
  const max = leverMax(tree, lever);
  const measured = segments.filter((s) => (s.values[lever] ?? null) !== null);
  // A value past the lever's bound is not a measurement of the lever: it would lift the benchmark
  // past what any segment can reach (a 105% conversion) and the potential past the formula's own.
  const inRange = (s: Segment) => max === null || (s.values[lever] as number) <= max;
  const withData = measured.filter(inRange);
  const outOfRange = measured
    .filter((s) => !inRange(s))
    .map((s) => ({ key: s.key, value: s.values[lever] as number }));
  const p75 = quantile7(
    withData.map((s) => s.values[lever] as number),
    CONSTRAINT_QUANTILE,
  );
  const volume = tree.nodes.find((n) => n.id === lever)?.unit === 'count';
  const below: SegmentGain[] = [];
  const heldAtBound: string[] = [];
  for (const s of withData) {
    const value = s.values[lever] as number;
    if (p75 === null || value >= p75 || (s.values[tree.revenue] ?? null) === null) continue;
    // Raising a volume lever (leads, partners) brings new units through the shares after it; where a
    // share reads above 100% (a channel's C with repeat buyers) a new lead still becomes one buyer at
    // most, so the gain is taken with every share held to its bound.
    const held = volume ? heldToBounds(tree, s.values) : {};
    const base = reevaluate(tree, s.values, held)[tree.revenue] ?? null;
    const raised = reevaluate(tree, s.values, { ...held, [lever]: p75 })[tree.revenue] ?? null;
    // A segment whose raised revenue has no data cannot show a gain; it is left out, not counted as 0.
    if (raised === null || base === null) continue;
    below.push({ key: s.key, value, gain: raised - base });
    if (Object.keys(held).length) heldAtBound.push(s.key);
  }
  below.sort((a, b) => b.gain - a.gain);
  return {
    lever,
    p75,
    max,
    potential: below.reduce((sum, g) => sum + g.gain, 0),
    below,
    outOfRange,
    heldAtBound,
  };
}

/**
 * Key constraint (METHODOLOGY §1, Fulcrum rule): a lever's potential is the revenue gained if every
 * segment below the lever's 75th percentile reached it, other levers unchanged. The lever with the
 * largest potential limits the business most. A bounded lever (a share) is benchmarked only over
 * segments inside its range, so the benchmark stays inside it too.
 */
export function keyConstraint(tree: FormulaTree, segments: readonly Segment[]): ConstraintReport {
  const levers = tree.levers.map((l) => potentialOf(tree, segments, l));
  levers.sort((a, b) => b.potential - a.potential);
  const top = levers[0];
  return { key: top && top.potential > 0 ? top.lever : null, levers };
}
