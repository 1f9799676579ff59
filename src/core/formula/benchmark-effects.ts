import { CONSTRAINT_QUANTILE, keyConstraint, type Segment } from './constraint.ts';
import { leverMax } from './lever-range.ts';
import type { LeverTable } from './levers.ts';
import { quantile7 } from '../stats/index.ts';
import { decompositionLeaves } from './leaves.ts';
import { reevaluate } from './evaluate.ts';
import type { FormulaTree, NodeValues } from './types.ts';

/** One lagging segment's part of a lever's benchmark effect. */
export interface BenchmarkGain {
  key: string;
  /** The lever's value in the segment. */
  value: number;
  /** What raising it to the benchmark adds to the measure (profit when the model has M). */
  effect: number;
}

/** What raising one lever to the benchmark in every lagging segment is worth. */
export interface BenchmarkEffect {
  lever: string;
  /** The benchmark (75th percentile over the segments inside the lever's range); null when none. */
  p75: number | null;
  /** Σ of `segments`' effects. */
  effect: number;
  segments: BenchmarkGain[];
}

/** A bar of the uniform step: 'any' (every lever alone gives the same), a lever id, or 'all'. */
export interface StepEffect {
  lever: string;
  effect: number | null;
}

/**
 * The lever the profit is revenue × it (the margin rate M of the profit model): a share that does
 * not drive revenue. Null when the tree has none (revenue is then the measure).
 */
export function marginLever(tree: FormulaTree): string | null {
  if (tree.profit === undefined) return null;
  const revenueLevers = decompositionLeaves(tree, tree.revenue).levers;
  const m = tree.levers.filter((l) => !revenueLevers.includes(l) && leverMax(tree, l) !== null);
  return m.length === 1 ? (m[0] as string) : null;
}

/**
 * Per lever, what raising it to the key constraint's benchmark is worth (the Levers page's tornado):
 * every segment below the 75th percentile raised to it, bounded levers held within range exactly as
 * the key constraint does (keyConstraint gives the revenue gains). With a margin lever M, fixed costs
 * held, a revenue gain is worth gain × the segment's own M in profit, and M's own effect is the
 * segment's revenue × (benchmark M − its M). Without M the effect is the revenue gain. A segment
 * missing the value it needs (its M, its revenue) is left out, not counted as 0. `revenueLevers`
 * are the revenue levers to rank: those with data along the dimension (leads carry no store).
 * Largest first.
 */
export function benchmarkEffects(
  tree: FormulaTree,
  segments: readonly Segment[],
  revenueLevers: readonly string[],
): { measure: 'profit' | 'revenue'; effects: BenchmarkEffect[] } {
  const m = marginLever(tree);
  const byKey = new Map(segments.map((s) => [s.key, s.values]));
  const report = keyConstraint({ ...tree, levers: [...revenueLevers] }, segments);
  const effects: BenchmarkEffect[] = report.levers.map((l) => {
    const parts: BenchmarkGain[] = [];
    for (const g of l.below) {
      const rate = m === null ? 1 : (byKey.get(g.key)?.[m] ?? null);
      if (rate !== null) parts.push({ key: g.key, value: g.value, effect: g.gain * rate });
    }
    return { lever: l.lever, p75: l.p75, effect: sum(parts), segments: parts };
  });
  if (m !== null) effects.push(marginEffect(tree, segments, m));
  for (const e of effects) e.segments.sort((a, b) => b.effect - a.effect);
  effects.sort((a, b) => b.effect - a.effect);
  return { measure: m === null ? 'revenue' : 'profit', effects };
}

/** M raised to its benchmark: revenue × (benchmark − M) in each lagging segment. */
function marginEffect(tree: FormulaTree, segments: readonly Segment[], m: string): BenchmarkEffect {
  const max = leverMax(tree, m);
  const inRange = segments.filter((s) => {
    const v = s.values[m] ?? null;
    return v !== null && (max === null || v <= max);
  });
  const p75 = quantile7(
    inRange.map((s) => s.values[m] as number),
    CONSTRAINT_QUANTILE,
  );
  const parts: BenchmarkGain[] = [];
  for (const s of inRange) {
    const value = s.values[m] as number;
    const revenue = s.values[tree.revenue] ?? null;
    if (p75 === null || value >= p75 || revenue === null) continue;
    parts.push({ key: s.key, value, effect: revenue * (p75 - value) });
  }
  return { lever: m, p75, effect: sum(parts), segments: parts };
}

const sum = (parts: readonly BenchmarkGain[]): number => parts.reduce((s, p) => s + p.effect, 0);

/**
 * The base values with every cost the data lack (a null subtrahend of a difference: spend, SG&A
 * without those files) taken as 0. Fixed costs are held under a step, so they cancel from its
 * profit effect; filling them lets the effect be told when only orders are loaded.
 */
export function costsHeldAtZero(tree: FormulaTree, base: NodeValues): NodeValues {
  const overrides: Record<string, number> = {};
  for (const n of tree.nodes) {
    if (n.kind !== 'difference') continue;
    for (const id of n.of.slice(1)) {
      const child = tree.nodes.find((c) => c.id === id);
      if (child?.kind === 'measure' && (base[id] ?? null) === null) overrides[id] = 0;
    }
  }
  return Object.keys(overrides).length ? reevaluate(tree, base, overrides) : base;
}

/**
 * The uniform step beside the benchmark bars: what +step on one lever adds to the measure and what
 * all together add. When every lever alone adds the same (a pure product with fixed costs held) it
 * is one 'any' bar, since six equal bars tell nothing; otherwise one bar per lever.
 */
export function stepEffects(table: LeverTable, measure: 'profit' | 'revenue'): StepEffect[] {
  const base = table.base[measure];
  const delta = (v: number | null): number | null => (v === null || base === null ? null : v - base);
  const one = table.rows
    .filter((r) => r.lever !== 'all')
    .map((r) => ({ lever: r.lever, effect: delta(r[measure]) }));
  const all = table.rows.find((r) => r.lever === 'all');
  const known = one.map((o) => o.effect).filter((v): v is number => v !== null);
  const same =
    known.length === one.length &&
    known.length > 0 &&
    Math.max(...known) - Math.min(...known) <= 0.005 + 1e-9 * Math.abs(known[0] as number);
  const bars: StepEffect[] = same ? [{ lever: 'any', effect: known[0] as number }] : one;
  if (all) bars.push({ lever: 'all', effect: delta(all[measure]) });
  return bars;
}
