import type { FormulaTree, Label } from '../api/types.ts';
import type { Lang } from '../format/format.ts';

/** A bilingual label in the UI language; plain strings pass through. */
export function labelText(label: Label | string | undefined, lang: Lang): string {
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label[lang];
}

/** A node's label by id («Конверсия (C)»), falling back to the id itself. */
export function nodeLabel(tree: FormulaTree | null, id: string, lang: Lang): string {
  const node = tree?.nodes.find((n) => n.id === id);
  return node ? labelText(node.label, lang) : id;
}
