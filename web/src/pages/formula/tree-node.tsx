import type { FormulaNode, FormulaTree, Maybe } from '../../api/types.ts';
import { labelText } from '../../app/label.ts';
import { formatByUnit } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** One figure of the tree as a button: label, id, value; levers are marked. */
export function TreeNode({
  node,
  tree,
  value,
  selected,
  onSelect,
}: {
  node: FormulaNode;
  tree: FormulaTree;
  value: Maybe;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const lever = tree.levers.includes(node.id);
  return (
    <button
      type="button"
      className={`node${lever ? ' lever' : ''}${selected ? ' selected' : ''}`}
      aria-pressed={selected}
      data-node={node.id}
      onClick={() => onSelect(node.id)}
    >
      <span className="node-label">
        {labelText(node.label, lang)} <span className="node-id">{node.id}</span>
        {lever ? <span className="tag">{t('formula.lever')}</span> : null}
      </span>
      <span className="node-value">{formatByUnit(value, node.unit, lang)}</span>
    </button>
  );
}
