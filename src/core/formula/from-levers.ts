import { evaluate } from './evaluate.ts';
import { decompositionLeaves } from './leaves.ts';
import type { FormulaTree, NodeValues } from './types.ts';
import { WhatIfError } from './whatif-error.ts';

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
    const leversOnly = !others.some((id) => missing.includes(id));
    throw new WhatIfError({
      en: `cannot evaluate "${target}" of tree "${tree.id}": missing ${leversOnly ? 'lever values' : 'values'} for ${missing.join(', ')}`,
      ru: `не вычислить «${target}» модели «${tree.id}»: не заданы ${leversOnly ? 'значения рычагов' : 'значения'} ${missing.join(', ')}`,
    });
  }
  return evaluate(tree, {}, values);
}
