import { indexNodes } from './evaluate.ts';
import type { FormulaTree, NodeValues } from './types.ts';

/** The inputs a target node is decomposed into, split by whether each one is a lever. */
export interface Leaves {
  /** Levers reached from the target, in the tree's lever order. */
  levers: string[];
  /** Measure leaves reached without passing a lever (fixed costs, say), in discovery order. */
  others: string[];
}

/**
 * Walks down from a target and stops at levers and measure leaves. A lever is a leaf of the
 * decomposition even when it has children: attribution reports levers, not their parts.
 */
export function decompositionLeaves(tree: FormulaTree, target: string): Leaves {
  const nodes = indexNodes(tree);
  const isLever = new Set(tree.levers);
  const reachedLevers = new Set<string>();
  const others: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = nodes.get(id);
    if (!node) throw new Error(`unknown node "${id}" in tree "${tree.id}"`);
    if (isLever.has(id)) reachedLevers.add(id);
    else if (node.kind === 'measure') others.push(id);
    else node.of.forEach(walk);
  };
  walk(target);
  return { levers: tree.levers.filter((l) => reachedLevers.has(l)), others };
}

/** Levers first, then the other leaves: the order attribution reports in. */
export const allLeaves = (l: Leaves): string[] => [...l.levers, ...l.others];

/**
 * The inputs that make a node "no data" in any of the given evaluations: the null levers or leaves
 * beneath it, or the node itself when its inputs are all there (a division by zero).
 */
export function missingInputs(tree: FormulaTree, evaluations: readonly NodeValues[], id: string): string[] {
  const nodes = indexNodes(tree);
  const isLever = new Set(tree.levers);
  const isNull = (n: string): boolean => evaluations.some((v) => (v[n] ?? null) === null);
  const out = new Set<string>();
  const walk = (n: string): void => {
    const node = nodes.get(n);
    if (!node || isLever.has(n) || node.kind === 'measure') {
      out.add(n);
      return;
    }
    const nullKids = node.of.filter(isNull);
    if (nullKids.length === 0) out.add(n);
    else nullKids.forEach(walk);
  };
  walk(id);
  return [...out];
}
