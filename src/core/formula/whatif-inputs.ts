import { decompositionLeaves } from './leaves.ts';
import type { FormulaTree } from './types.ts';

/**
 * What a what-if reads: the levers, and the leaves that are not levers (in the profit preset,
 * marketing spend, SG&A and other costs). A what-if typed from lever values has no data for the
 * latter, so they are asked for as inputs in their own right; `profitOnly` are the ones revenue
 * does not need, so revenue can be answered without them.
 */
export interface WhatIfInputs {
  levers: string[];
  /** Non-lever leaves under revenue or profit, revenue's first, each once. */
  others: string[];
  /** Of `others`, the ones only profit reads. */
  profitOnly: string[];
}

/** The inputs of a tree's what-if, read off its revenue and profit nodes. */
export function whatIfInputs(tree: FormulaTree): WhatIfInputs {
  const rev = decompositionLeaves(tree, tree.revenue);
  const prof =
    tree.profit === undefined ? { levers: [], others: [] } : decompositionLeaves(tree, tree.profit);
  const levers = tree.levers.filter((l) => rev.levers.includes(l) || prof.levers.includes(l));
  const profitOnly = prof.others.filter((id) => !rev.others.includes(id));
  return { levers, others: [...rev.others, ...profitOnly], profitOnly };
}
