import type { FormulaTree } from '../../core/formula/index.ts';
import { formatByUnit, formatNumber, formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import type { JourneyResult } from '../../services/journey/index.ts';
import { renderTable } from './table.ts';

/** The journey map as the terminal shows it: one row per stage, then the narrowest place and the constraint. */
export function renderJourney(res: JourneyResult, tree: FormulaTree, lang: Lang, t: Translate): string[] {
  const unitOf = (lever: string) => tree.nodes.find((n) => n.id === lever)?.unit ?? 'number';
  const rows = res.stages.map((s, i) => {
    const levers = s.levers
      .map((l) => `${l} ${formatByUnit(s.leverValues[l] ?? null, unitOf(l), lang)}`)
      .join(' · ');
    const p = s.passage;
    const kept =
      p.note === 'not_nested' ? '*' : p.kept === null ? '—' : formatPct(p.kept * 100, lang, false, 1);
    const mark = res.constraint?.stageId === s.id ? ' ◀' : '';
    return [
      `${i + 1}. ${s.name[lang]}${mark}`,
      levers,
      p.reached === null ? '—' : formatNumber(p.reached, lang, 0),
      kept,
    ];
  });
  const out = [
    renderTable(
      [
        { header: t('journey.stage') },
        { header: t('journey.levers') },
        { header: t('journey.reached'), align: 'right' },
        { header: t('journey.kept'), align: 'right' },
      ],
      rows,
    ),
  ];
  if (res.stages.some((s) => s.passage.note === 'not_nested')) out.push(t('journey.notNested'));
  out.push('', t('journey.counts'));
  const narrow = res.stages.findIndex((s) => s.id === res.narrowest);
  const lost = res.stages[narrow]?.passage.lost ?? null;
  if (narrow >= 0 && lost !== null)
    out.push(
      t('journey.narrowest', {
        position: narrow + 1,
        stage: res.stages[narrow]!.name[lang],
        lost: formatPct(lost * 100, lang, false, 1),
      }),
    );
  const c = res.constraint;
  const stage = c ? res.stages[c.position - 1] : undefined;
  out.push(
    c && stage
      ? t('journey.constraint', {
          lever: c.lever,
          dim: c.dimensionName[lang],
          position: c.position,
          stage: stage.name[lang],
        })
      : t('journey.noConstraint'),
  );
  return out;
}
