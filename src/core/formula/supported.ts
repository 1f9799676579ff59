import { indexNodes } from './evaluate.ts';
import { withStandIns } from './stand-ins.ts';
import type { FormulaTree, NodeValues } from './types.ts';

/** The tree the data supports, and which node stands in for which missing levers. */
export interface SupportedTree {
  /** The tree itself when nothing is missing; else a copy whose revenue product uses the stand-in. */
  tree: FormulaTree;
  /** Stand-in node id → the levers it replaces (buyers → [L, C]); empty when none. */
  standIns: Record<string, string[]>;
}

/** A node as a product of powers of atoms (C = buyers¹ · L⁻¹); sums and leaves are atoms. */
type Monomial = Map<string, number>;

function monomialOf(tree: FormulaTree, id: string, out: Monomial, power: number, depth = 0): void {
  const node = indexNodes(tree).get(id);
  // Trees are validated (no cycles, bounded depth); the guard only keeps a bad tree from looping.
  if (!node || depth > 64 || node.kind === 'measure' || node.kind === 'sum' || node.kind === 'difference') {
    out.set(id, (out.get(id) ?? 0) + power);
    return;
  }
  if (node.kind === 'product') {
    for (const c of node.of) monomialOf(tree, c, out, power, depth + 1);
    return;
  }
  monomialOf(tree, node.of[0]!, out, power, depth + 1);
  monomialOf(tree, node.of[1]!, out, -power, depth + 1);
}

/**
 * Revenue is a product of levers. When some of them have no data (no leads file: L and C), their
 * product may still be a figure the data has: L × C = L × buyers ÷ L = buyers. Multiplying the
 * missing levers out as powers of their parts finds it; when exactly one known node is left with
 * power 1, it takes their place in the revenue product and among the levers, so revenue, the
 * lever table and the attribution are computed exactly over what the data gives. When the missing
 * levers do not cancel to one known node the tree is returned unchanged (revenue then comes from
 * the data, as before). A missing lever must be missing in every evaluation it is replaced in, so
 * callers pass all the evaluations one answer compares (both periods).
 */
export function supportedTree(tree: FormulaTree, evaluations: readonly NodeValues[]): SupportedTree {
  const same: SupportedTree = { tree, standIns: {} };
  const nodes = indexNodes(tree);
  const revenue = nodes.get(tree.revenue);
  if (!revenue || revenue.kind !== 'product') return same;
  const isNull = (id: string): boolean => evaluations.some((v) => (v[id] ?? null) === null);
  const missing = revenue.of.filter((c) => tree.levers.includes(c) && isNull(c));
  if (missing.length === 0 || missing.length === revenue.of.length) return same;
  const m: Monomial = new Map();
  for (const id of missing) monomialOf(tree, id, m, 1);
  const left = [...m].filter(([, p]) => p !== 0);
  if (left.length !== 1) return same;
  const [standIn, power] = left[0]!;
  if (power !== 1 || isNull(standIn) || tree.levers.includes(standIn) || revenue.of.includes(standIn)) {
    return same;
  }
  const standIns = { [standIn]: missing };
  return { tree: withStandIns(tree, standIns), standIns };
}
