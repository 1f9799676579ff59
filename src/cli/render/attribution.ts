import type { FormulaTree } from '../../core/formula/index.ts';
import { formatMoney, formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import type { Split } from '../../services/index.ts';
import { renderTable, signedBar } from './table.ts';
import { filesText } from './coverage.ts';

// A lever of the model keeps its formula symbol (Лиды (L)); a stand-in (buyers) or a cost is named by its label.
function labelOf(tree: FormulaTree, id: string, lang: Lang): string {
  const node = tree.nodes.find((n) => n.id === id);
  if (!node) return id;
  return tree.levers.includes(id) ? `${node.label[lang]} (${id})` : node.label[lang];
}

/** The split of a change among levers as a text waterfall: amount, share and a signed bar. */
export function renderSplit(tree: FormulaTree, split: Split, lang: Lang, t: Translate): string {
  if (split.error && split.needs?.length) {
    const target = split.target ?? '';
    return t('coverage.cannotSplit', {
      target: tree.nodes.find((n) => n.id === target)?.label[lang] ?? target,
      files: filesText(split.needs, lang, t),
    });
  }
  if (split.error) return split.error;
  const entries = Object.entries(split.contributions);
  const maxAbs = Math.max(0, ...entries.map(([, v]) => Math.abs(v)));
  const change = split.change ?? 0;
  const rows = entries.map(([id, v]) => [
    labelOf(tree, id, lang),
    formatMoney(v, lang),
    formatPct(change === 0 ? null : (v / Math.abs(change)) * 100, lang),
    signedBar(v, maxAbs),
  ]);
  rows.push([
    t('report.attribution.total'),
    formatMoney(split.change, lang),
    formatPct(split.changePct, lang),
    '',
  ]);
  const table = renderTable(
    [{ header: '' }, { header: '₽', align: 'right' }, { header: '%', align: 'right' }, { header: '' }],
    rows,
  );
  const lines = [table];
  if (split.note) lines.push(split.note);
  // With --explain the service attached one sentence per contribution.
  for (const sentence of split.explain ?? []) lines.push(`  ${sentence}`);
  return lines.join('\n');
}
