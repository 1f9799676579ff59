import type { FormulaTree } from '../../src/core/formula/index.ts';

/**
 * A lever's natural upper bound, read off its unit: a ratio (conversion C, margin rate M,
 * utilisation U) is a share of something and cannot pass 1; counts, money and per-buyer numbers
 * have no ceiling of their own. The invariants of issue 13 §1 check every lever against it.
 */
export function naturalBound(tree: FormulaTree, lever: string): number {
  return tree.nodes.find((n) => n.id === lever)?.unit === 'ratio' ? 1 : Infinity;
}
