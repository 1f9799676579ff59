import type { FormulaTree } from '../../api/types.ts';
import { labelText } from '../../app/label.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The card under the tree: what the chosen figure means and the sentence showing its arithmetic. */
export function NodeExplain({
  tree,
  id,
  explain,
}: {
  tree: FormulaTree;
  id: string | null;
  explain: Record<string, string> | undefined;
}) {
  const { t, lang } = useI18n();
  const node = id ? tree.nodes.find((n) => n.id === id) : undefined;
  if (!node) return <p className="muted">{t('formula.nodeHint')}</p>;
  return (
    <div className="explain" data-testid="node-explain" aria-live="polite">
      <h3>
        {labelText(node.label, lang)}
        {tree.levers.includes(node.id) ? ` (${node.id})` : ''}
      </h3>
      {node.description ? <p>{labelText(node.description, lang)}</p> : null}
      {explain?.[node.id] ? (
        <p className="formula-line">
          <span className="muted">{t('formula.explanation')}: </span>
          {explain[node.id]}
        </p>
      ) : null}
    </div>
  );
}
