import { indexNodes, type FormulaNode, type FormulaTree } from '../../core/formula/index.ts';
import type { Lang } from '../../i18n/locale.ts';

/** A node placed for display: depth in the tree, shown once even when several parents share it. */
export interface PlacedNode {
  node: FormulaNode;
  depth: number;
}

/**
 * Walks the tree from its top (profit when there is one, else revenue) depth-first, so a reader
 * sees each number right under the one it explains. Shared nodes (sales feeds Pu and M) appear at
 * their first place only.
 */
export function placeNodes(tree: FormulaTree): PlacedNode[] {
  const nodes = indexNodes(tree);
  const seen = new Set<string>();
  const out: PlacedNode[] = [];
  const walk = (id: string, depth: number): void => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return;
    seen.add(id);
    out.push({ node, depth });
    if (node.kind !== 'measure') for (const child of node.of) walk(child, depth + 1);
  };
  walk(tree.profit ?? tree.revenue, 0);
  return out;
}

/** "  Конверсия (C)" — label in the language with the id, indented by depth. */
export function nodeTitle(p: PlacedNode, lang: Lang): string {
  const id = p.node.label[lang] === p.node.id ? '' : ` (${p.node.id})`;
  return `${'  '.repeat(p.depth)}${p.node.label[lang]}${id}`;
}
