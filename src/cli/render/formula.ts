import type { FormulaTree, NodeValues } from '../../core/formula/index.ts';
import { formatByUnit, formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import { renderTable } from './table.ts';
import { nodeTitle, placeNodes } from './tree-rows.ts';
import { needCell } from './coverage.ts';
import type { Coverage } from '../../services/index.ts';

const pct = (b: number | null, a: number | null): number | null =>
  a === null || b === null || b === 0 ? null : ((a - b) / Math.abs(b)) * 100;

/** A value, or for a figure without data the file that would give it («загрузите лиды»). */
function cell(
  v: number | null,
  node: FormulaTree['nodes'][number],
  lang: Lang,
  t: Translate,
  coverage: Coverage | undefined,
): string {
  return (
    (v === null ? needCell(coverage?.needs[node.id], lang, t) : null) ?? formatByUnit(v, node.unit, lang)
  );
}

/** The tree for one period: indicator and value. */
export function renderFormula(
  tree: FormulaTree,
  values: NodeValues,
  lang: Lang,
  t: Translate,
  opts: { hideMissing?: boolean; coverage?: Coverage } = {},
): string {
  // A what-if types in levers only; the data nodes under them would all read "no data".
  const placed = placeNodes(tree).filter((p) => !opts.hideMissing || (values[p.node.id] ?? null) !== null);
  const rows = placed.map((p) => [
    nodeTitle(p, lang),
    cell(values[p.node.id] ?? null, p.node, lang, t, opts.coverage),
  ]);
  return renderTable([{ header: t('report.node') }, { header: t('report.after'), align: 'right' }], rows);
}

/** The tree for two periods: before, after and the change in percent. */
export function renderFormulaComparison(
  tree: FormulaTree,
  before: NodeValues,
  after: NodeValues,
  lang: Lang,
  t: Translate,
  coverage?: Coverage,
): string {
  const rows = placeNodes(tree).map((p) => {
    const b = before[p.node.id] ?? null;
    const a = after[p.node.id] ?? null;
    return [
      nodeTitle(p, lang),
      cell(b, p.node, lang, t, coverage),
      cell(a, p.node, lang, t, coverage),
      formatPct(pct(b, a), lang),
    ];
  });
  return renderTable(
    [
      { header: t('report.node') },
      { header: t('report.before'), align: 'right' },
      { header: t('report.after'), align: 'right' },
      { header: t('report.change'), align: 'right' },
    ],
    rows,
  );
}
