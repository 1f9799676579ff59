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
  need,
  note,
}: {
  node: FormulaNode;
  tree: FormulaTree;
  value: Maybe;
  selected: boolean;
  onSelect: (id: string) => void;
  /** For a figure without data: the file that would give it («загрузите лиды»). */
  need?: string | null;
  /** A short note after the label: what a stand-in lever replaces («= L × C»). */
  note?: string;
}) {
  const { t, lang } = useI18n();
  const lever = tree.levers.includes(node.id);
  return (
    <button
      type="button"
      className={`node${lever ? ' lever' : ''}${selected ? ' selected' : ''}${value === null && need ? ' missing' : ''}`}
      aria-pressed={selected}
      data-node={node.id}
      onClick={() => onSelect(node.id)}
    >
      <span className="node-label">
        {labelText(node.label, lang)}{' '}
        {/* Levers keep their formula symbol (L, C, Pu); other ids (gross, sga) are internal words. */}
        {lever && !note ? <span className="node-id">{node.id}</span> : null}
        {lever ? <span className="tag">{t('formula.lever')}</span> : null}
        {note ? <span className="tag">{note}</span> : null}
      </span>
      <span className="node-value">
        {value === null && need ? need : formatByUnit(value, node.unit, lang)}
      </span>
    </button>
  );
}
