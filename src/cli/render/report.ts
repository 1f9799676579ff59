import type { FormulaTree } from '../../core/formula/index.ts';
import { formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import type { ReportResult } from '../../services/index.ts';
import { renderSplit } from './attribution.ts';
import { renderConstraint } from './constraint.ts';
import { renderFormulaComparison } from './formula.ts';
import { heading } from './heading.ts';
import { renderLevers } from './levers.ts';
import { renderCoverage } from './coverage.ts';

function methodText(method: string, order: string[] | undefined, t: Translate): string {
  return method === 'chain' ? t('method.chain', { order: (order ?? []).join(' → ') }) : t('method.lmdi');
}

/** The whole terminal report, section by section. */
export function renderReport(tree: FormulaTree, r: ReportResult, lang: Lang, t: Translate): string {
  const c = r.comparison;
  const parts = [
    heading(t('report.title')),
    t('report.data', { db: r.db }),
    t('report.periods', { after: c.periods.after.label, before: c.periods.before.label }),
    heading(t('report.formula')),
    renderFormulaComparison(tree, c.detail.before.nodes, c.detail.after.nodes, lang, t, c.coverage),
    ...renderCoverage(tree, c.coverage, lang, t),
    heading(t('report.attribution', { method: methodText(c.method, c.order, t) })),
    renderSplit(tree, c, lang, t),
  ];
  if (c.profit) {
    parts.push(
      heading(t('report.attribution.profit', { method: methodText(c.profit.method, c.profit.order, t) })),
    );
    parts.push(renderSplit(tree, c.profit, lang, t));
  }
  parts.push(
    heading(
      `${t('report.levers', { step: formatPct(r.levers.step * 100, lang, false, 0) })} · ${r.levers.period.label}`,
    ),
  );
  parts.push(renderLevers(tree, r.levers, lang, t));
  if (r.constraint) {
    parts.push(heading(`${t('report.constraint', { dim: r.constraint.by })} · ${r.constraint.period.label}`));
    parts.push(renderConstraint(tree, r.constraint, lang, t));
  }
  return parts.join('\n');
}
