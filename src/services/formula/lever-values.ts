import type { FormulaTree, Maybe, NodeValues } from '../../core/formula/index.ts';

// P (average check) is not a lever of LCPuDQ but users read it beside the levers.
const INFORMATIVE = ['P'];

/** The lever values users see: the tree's levers in order, plus P when the tree computes it. */
export function leverValues(tree: FormulaTree, values: NodeValues): Record<string, Maybe> {
  const ids = [...tree.levers];
  for (const id of INFORMATIVE) if (!ids.includes(id) && tree.nodes.some((n) => n.id === id)) ids.push(id);
  return Object.fromEntries(ids.map((id) => [id, values[id] ?? null]));
}
