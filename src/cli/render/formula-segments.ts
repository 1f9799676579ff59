import type { FormulaTree } from '../../core/formula/index.ts';
import { formatByUnit, formatMoney, type Lang, type Translate } from '../../i18n/index.ts';
import { dimensionName } from '../../services/slicing/dimension-names.ts';
import type { FormulaResult } from '../../services/index.ts';
import { renderTable } from './table.ts';

// Segment keys of several dimensions are joined with this (src/services/formula/measure-fetch.ts).
const JOIN = ' · ';

/**
 * A segment's key as people read it: a month slice's first day (2025-11-01) as its month, 2025-11.
 * The JSON keeps the warehouse's stable key (the first day), which sorts and joins the same everywhere.
 */
export function segmentLabel(key: string, by: readonly string[]): string {
  const parts = key.split(JOIN);
  if (parts.length !== by.length) return key;
  return parts
    .map((p, i) => (by[i] === 'month' && /^\d{4}-\d{2}-01$/.test(p) ? p.slice(0, 7) : p))
    .join(JOIN);
}

/**
 * `fulcrum formula --by`: the heading (dimensions by name), one row per segment with its levers,
 * formula symbols heading the columns (a stand-in — buyers — by its label), and a value past its
 * lever's range (a channel's C above 100 %) marked with * and explained under the table.
 */
export function renderFormulaSegments(
  tree: FormulaTree,
  res: Pick<FormulaResult, 'by' | 'segments' | 'levers' | 'coverage'>,
  lang: Lang,
  t: Translate,
): string[] {
  const by = res.by ?? [];
  const segments = res.segments ?? [];
  const ids = Object.keys(res.levers);
  const node = (id: string) => tree.nodes.find((n) => n.id === id);
  // A stand-in's id (buyers) is a word, not a formula symbol: it is headed by its label.
  const header = (id: string) => (res.coverage.standIns[id] && node(id) ? node(id)!.label[lang] : id);
  const above = new Map<string, string[]>();
  const rows = segments.map((s) => [
    segmentLabel(s.key, by),
    formatMoney(s.revenue, lang, 0),
    ...ids.map((id) => {
      const v = s.levers[id] ?? null;
      if (v === null) return '—';
      const text = formatByUnit(v, node(id)?.unit ?? 'number', lang);
      if (!s.aboveRange?.includes(id)) return text;
      above.set(id, [...(above.get(id) ?? []), segmentLabel(s.key, by)]);
      return `${text}*`;
    }),
  ]);
  const out = [
    t('formula.segments', {
      dim: by
        .map((d) => (lang === 'ru' ? `«${dimensionName(d).ru}»` : `“${dimensionName(d).en}”`))
        .join(' × '),
    }),
    renderTable(
      [
        { header: t('formula.segment') },
        { header: t('report.levers.revenue'), align: 'right' },
        ...ids.map((id) => ({ header: header(id), align: 'right' as const })),
      ],
      rows,
    ),
  ];
  for (const [id, keys] of above)
    out.push(
      t('formula.aboveRange', {
        levers: `${node(id)?.label[lang] ?? id} (${id})`,
        segments: keys.join(', '),
      }),
    );
  return out;
}
