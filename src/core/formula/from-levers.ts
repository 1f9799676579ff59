import { evaluate } from './evaluate.ts';
import { decompositionLeaves } from './leaves.ts';
import type { FormulaTree, NodeValues } from './types.ts';

/**
 * Evaluates a tree from lever values alone, with no data behind it (the what-if). Every input the
 * target needs must be given; a missing one is an error naming all of them, levers first.
 */
export function evaluateFromLevers(
  tree: FormulaTree,
  values: Readonly<Record<string, number>>,
  target: string = tree.revenue,
): NodeValues {
  const { levers, others } = decompositionLeaves(tree, target);
  const missing = [...levers, ...others].filter((id) => !Number.isFinite(values[id]));
  if (missing.length > 0) {
    const what = others.some((id) => missing.includes(id)) ? 'values' : 'lever values';
    throw new Error(
      `cannot evaluate "${target}" of tree "${tree.id}": missing ${what} for ${missing.join(', ')}`,
    );
  }
  return evaluate(tree, {}, values);
}
