import type { Coverage, FormulaTree, Maybe } from '../../api/types.ts';
import { coveredTree, needText } from '../../app/coverage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TreeNode } from './tree-node.tsx';

/** Symbols between children, as the formula reads: L × C × …, sales − cogs. */
const JOIN: Record<string, string> = { product: '×', ratio: '÷', sum: '+', difference: '−' };

/**
 * The formula as an outline from profit (or revenue) down to the levers. Levers are leaves here:
 * what they are made of (buyers / leads…) is in their explanation, which keeps the tree short.
 * With orders only, the tree is the one the numbers used (buyers in place of L × C): the stand-in
 * shows the levers it replaces under it, each saying which file would give it.
 */
export function LeverTree({
  tree: full,
  values,
  selected,
  onSelect,
  coverage,
}: {
  tree: FormulaTree;
  values: Record<string, Maybe>;
  selected: string | null;
  onSelect: (id: string) => void;
  coverage?: Coverage;
}) {
  const { t, lang } = useI18n();
  const tree = coveredTree(full, coverage);
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  // `leaf`: a replaced lever (L, C) is shown under its stand-in without its own parts (C's parts
  // are buyers and L again).
  const render = (id: string, seen: Set<string>, leaf = false) => {
    const node = byId.get(id);
    if (!node) return null;
    const replaced = coverage?.standIns[id];
    const expand = !leaf && node.kind !== 'measure' && !tree.levers.includes(id) && !seen.has(id) && node.of;
    const next = new Set(seen).add(id);
    return (
      <li key={id}>
        <TreeNode
          node={node}
          tree={tree}
          value={values[id] ?? null}
          selected={selected === id}
          onSelect={onSelect}
          need={needText(coverage?.needs[id], lang, t)}
          note={replaced ? t('coverage.standInTag', { replaced: replaced.join(' × ') }) : undefined}
        />
        {expand ? (
          <ul className="tree-children" data-op={JOIN[node.kind]}>
            {node.of?.map((c) => render(c, next))}
          </ul>
        ) : null}
        {replaced ? (
          <ul className="tree-children" data-op="×">
            {replaced.map((c) => render(c, next, true))}
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
