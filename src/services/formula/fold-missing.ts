import {
  decompositionLeaves,
  reevaluate,
  type FormulaTree,
  type NodeValues,
} from '../../core/formula/index.ts';

/** Node values with the levers that had no data folded into one stand-in, and which ones were. */
export interface Folded {
  values: NodeValues;
  /** Levers without data in this slice (L and C when leads carry no store); empty when none. */
  folded: string[];
}

/**
 * A slice whose levers are partly missing (no leads per store) still has revenue in the data.
 * Revenue is a product of its levers, so the missing ones are folded into one stand-in (the first
 * takes revenue ÷ the known levers, the rest 1) that keeps the slice's revenue right: a known
 * lever's gain or contribution then depends only on its own values. Callers must never show the
 * stand-in as the lever's value. Returns null when the revenue cannot be recovered this way (no
 * revenue, a zero lever, or a user tree that is not a pure product).
 */
export function foldMissingLevers(
  tree: FormulaTree,
  values: NodeValues,
  revenue: number | null,
): Folded | null {
  if ((values[tree.revenue] ?? null) !== null) return { values, folded: [] };
  if (revenue === null) return null;
  const levers = decompositionLeaves(tree, tree.revenue).levers;
  const missing = levers.filter((l) => (values[l] ?? null) === null);
  const known = levers
    .filter((l) => (values[l] ?? null) !== null)
    .reduce((p, l) => p * (values[l] as number), 1);
  if (missing.length === 0 || known === 0) return null;
  const overrides = Object.fromEntries(missing.map((l, i) => [l, i === 0 ? revenue / known : 1]));
  const filled = reevaluate(tree, values, overrides);
  const got = filled[tree.revenue] ?? null;
  if (got === null || Math.abs(got - revenue) > 1e-6 * Math.max(1, Math.abs(revenue))) return null;
  return { values: filled, folded: missing };
}

/** Merges the contributions of folded levers under one key ("L×C"), since they cannot be told apart. */
export function mergeFolded(
  contributions: Record<string, number>,
  folded: readonly string[],
): Record<string, number> {
  if (folded.length === 0) return contributions;
  const key = folded.join('×');
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(contributions)) {
    const target = folded.includes(k) ? key : k;
    out[target] = (out[target] ?? 0) + v;
  }
  return out;
}
