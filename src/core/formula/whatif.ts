import { evaluateFromLevers } from './from-levers.ts';
import { decompositionLeaves } from './leaves.ts';
import type { FormulaTree, Maybe, NodeValues } from './types.ts';

/** A what-if: every node's value, with revenue and profit picked out. */
export interface WhatIf {
  values: NodeValues;
  revenue: Maybe;
  /** Null unless the tree has a profit node and every input it needs was given. */
  profit: Maybe;
  /**
   * Inputs profit needs that were not given (spend, SG&A… in the profit preset), so a caller can
   * ask for them by name instead of showing a bare "no data"; empty when profit was computed or
   * the tree has no profit node.
   */
  profitMissing: string[];
}

/**
 * Evaluates a tree from typed-in values (L = 100, C = 0.4…, and for profit the costs that are no
 * lever: spend = 1 000 000…) with no data behind them. Revenue must be computable (a missing
 * lever is an error); profit is given when its inputs are, and names them when they are not.
 */
export function whatIf(tree: FormulaTree, inputs: Readonly<Record<string, number>>): WhatIf {
  const values = evaluateFromLevers(tree, inputs);
  let profit: Maybe = null;
  let profitMissing: string[] = [];
  if (tree.profit !== undefined) {
    const { levers: l, others } = decompositionLeaves(tree, tree.profit);
    profitMissing = [...l, ...others].filter((id) => !Number.isFinite(inputs[id]));
    if (profitMissing.length === 0) profit = values[tree.profit] ?? null;
  }
  return { values, revenue: values[tree.revenue] ?? null, profit, profitMissing };
}
