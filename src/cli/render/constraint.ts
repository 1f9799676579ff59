import type { FormulaTree } from '../../core/formula/index.ts';
import { formatByUnit, formatMoney, type Lang, type Translate } from '../../i18n/index.ts';
import type { ConstraintResult } from '../../services/index.ts';
import { renderTable } from './table.ts';

/** Levers ranked by potential, then one sentence naming the key constraint and where to start. */
export function renderConstraint(tree: FormulaTree, res: ConstraintResult, lang: Lang, t: Translate): string {
  const node = (id: string) => tree.nodes.find((n) => n.id === id);
  const rows = res.levers.map((l) => {
    const n = node(l.lever);
    return [
      `${l.lever === res.key ? '► ' : '  '}${n ? n.label[lang] : l.lever} (${l.lever})`,
      n ? formatByUnit(l.p75, n.unit, lang) : String(l.p75),
      String(l.below.length),
      formatMoney(l.potential, lang, 0),
    ];
  });
  const table = renderTable(
    [
      { header: t('report.constraint.lever') },
      { header: t('report.constraint.p75'), align: 'right' },
      { header: t('report.constraint.below'), align: 'right' },
      { header: t('report.constraint.potential'), align: 'right' },
    ],
    rows,
  );
  const notes = res.levers
    .filter((l) => l.outOfRange.length > 0)
    .map((l) =>
      t('constraint.outOfRange', {
        lever: `${node(l.lever)?.label[lang] ?? l.lever} (${l.lever})`,
        segments: l.outOfRange
          .map((s) => `${s.key} ${formatByUnit(s.value, node(l.lever)?.unit ?? 'ratio', lang)}`)
          .join(', '),
      }),
    );
  for (const l of res.levers)
    if (l.heldAtBound.length)
      notes.push(
        t('constraint.heldAtBound', {
          lever: `${node(l.lever)?.label[lang] ?? l.lever} (${l.lever})`,
          segments: l.heldAtBound.join(', '),
        }),
      );
  const withNotes = notes.length ? `${table}\n\n${notes.join('\n')}` : table;
  const top = res.levers.find((l) => l.lever === res.key);
  if (!top) return `${withNotes}\n${t('report.constraint.none')}`;
  const sentence = t('report.constraint.key', {
    lever: `${node(top.lever)?.label[lang] ?? top.lever} (${top.lever})`,
    potential: formatMoney(top.potential, lang, 0),
    count: top.below.length,
    dim: res.by,
    segments: top.below
      .slice(0, 3)
      .map((s) => s.key)
      .join(', '),
  });
  const next = res.nextStep ? `\n${t('constraint.next', { text: res.nextStep.text[lang] })}` : '';
  return `${withNotes}\n\n${sentence}${next}`;
}
