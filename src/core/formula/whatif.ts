import { evaluateFromLevers } from './from-levers.ts';
import { decompositionLeaves } from './leaves.ts';
import type { FormulaTree, Maybe, NodeValues } from './types.ts';

/** A what-if: every node's value, with revenue and profit picked out. */
export interface WhatIf {
  values: NodeValues;
  revenue: Maybe;
  /** Null unless the tree has a profit node and every input it needs was given. */
  profit: Maybe;
}

/**
 * Evaluates a tree from typed-in lever values (L = 100, C = 0.4…) with no data behind them. Revenue
 * must be computable (a missing lever is an error); profit is only given when its inputs are.
 */
export function whatIf(tree: FormulaTree, levers: Readonly<Record<string, number>>): WhatIf {
  const values = evaluateFromLevers(tree, levers);
  let profit: Maybe = null;
  if (tree.profit !== undefined) {
    const { levers: l, others } = decompositionLeaves(tree, tree.profit);
    if ([...l, ...others].every((id) => Number.isFinite(levers[id]))) profit = values[tree.profit] ?? null;
  }
  return { values, revenue: values[tree.revenue] ?? null, profit };
}
