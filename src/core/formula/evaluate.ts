import { combine, finite } from './combine.ts';
import type { FormulaNode, FormulaTree, Maybe, MeasureValues, NodeValues } from './types.ts';

/** Node id → value set directly; such a node is not computed from its children. */
export type Overrides = Readonly<Record<string, Maybe>>;

// Trees are treated as immutable once built, so the index is computed once per tree object:
// a sliced analysis evaluates the same tree thousands of times.
const INDEX = new WeakMap<FormulaTree, Map<string, FormulaNode>>();

/** Node id → node, for lookups by id. */
export function indexNodes(tree: FormulaTree): Map<string, FormulaNode> {
  let index = INDEX.get(tree);
  if (!index || index.size !== tree.nodes.length) {
    index = new Map(tree.nodes.map((n) => [n.id, n]));
    INDEX.set(tree, index);
  }
  return index;
}

/**
 * Evaluates every node of a (validated) tree from measure values. Overrides win over measures and
 * children: the what-if, the lever table and chain substitution all work by overriding levers.
 */
export function evaluate(tree: FormulaTree, measures: MeasureValues, overrides: Overrides = {}): NodeValues {
  const nodes = indexNodes(tree);
  for (const id of Object.keys(overrides)) {
    if (!nodes.has(id)) throw new Error(`override for unknown node "${id}" in tree "${tree.id}"`);
  }
  const out: NodeValues = {};
  const visiting = new Set<string>();
  const value = (id: string): Maybe => {
    if (Object.hasOwn(out, id)) return out[id] ?? null;
    const node = nodes.get(id);
    if (!node) throw new Error(`unknown node "${id}" in tree "${tree.id}"`);
    if (visiting.has(id)) throw new Error(`cycle at node "${id}" in tree "${tree.id}"`);
    visiting.add(id);
    let v: Maybe;
    if (Object.hasOwn(overrides, id)) v = finite(overrides[id]);
    else if (node.kind === 'measure') v = finite(measures[node.measure]);
    else v = combine(node.kind, node.of.map(value));
    visiting.delete(id);
    out[id] = v;
    return v;
  };
  for (const n of tree.nodes) value(n.id);
  return out;
}

/**
 * Re-evaluates a tree from already evaluated values with some nodes changed. Levers and measure
 * leaves are pinned at their base values, so only what is overridden moves: raising L must not
 * lower C = buyers / L, and fixed costs stay as they were.
 */
export function reevaluate(tree: FormulaTree, base: NodeValues, overrides: Overrides): NodeValues {
  const pinned: Record<string, Maybe> = {};
  for (const n of tree.nodes) if (n.kind === 'measure') pinned[n.id] = base[n.id] ?? null;
  for (const id of tree.levers) pinned[id] = base[id] ?? null;
  return evaluate(tree, {}, { ...pinned, ...overrides });
}
