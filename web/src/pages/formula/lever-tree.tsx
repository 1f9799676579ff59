import type { FormulaTree, Maybe } from '../../api/types.ts';
import { TreeNode } from './tree-node.tsx';

/** Symbols between children, as the formula reads: L × C × …, sales − cogs. */
const JOIN: Record<string, string> = { product: '×', ratio: '÷', sum: '+', difference: '−' };

/**
 * The formula as an outline from profit (or revenue) down to the levers. Levers are leaves here:
 * what they are made of (buyers / leads…) is in their explanation, which keeps the tree short.
 */
export function LeverTree({
  tree,
  values,
  selected,
  onSelect,
}: {
  tree: FormulaTree;
  values: Record<string, Maybe>;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const render = (id: string, seen: Set<string>) => {
    const node = byId.get(id);
    if (!node) return null;
    const expand = node.kind !== 'measure' && !tree.levers.includes(id) && !seen.has(id) && node.of;
    const next = new Set(seen).add(id);
    return (
      <li key={id}>
        <TreeNode
          node={node}
          tree={tree}
          value={values[id] ?? null}
          selected={selected === id}
          onSelect={onSelect}
        />
        {expand ? (
          <ul className="tree-children" data-op={JOIN[node.kind]}>
            {node.of?.map((c) => render(c, next))}
          </ul>
        ) : null}
      </li>
    );
  };
  return (
    <ul className="tree" data-testid="lever-tree">
      {render(tree.profit ?? tree.revenue, new Set())}
    </ul>
  );
}
