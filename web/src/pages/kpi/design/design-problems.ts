import { formatRatio } from '../../../format/format.ts';
import type { T } from '../../../i18n/translate.ts';
import type { DesignProblem } from './design-draft.ts';
import type { Lang } from '../../../format/format.ts';

/**
 * What keeps a design from being saved, as a sentence in the user's language. KPIs are named by
 * `kpiName` (the tree's labels: «Прочие расходы», not `other`), so no internal id reaches the page.
 */
export function designProblemText(
  p: DesignProblem,
  t: T,
  lang: Lang,
  kpiName: (id: string) => string,
): string {
  const pct = (v: number) => formatRatio(v / 100, lang, 2);
  switch (p.kind) {
    case 'sum':
      return t(p.sum < 100 ? 'kpi.design.err.short' : 'kpi.design.err.over', {
        position: p.name,
        sum: pct(p.sum),
        gap: pct(Math.abs(100 - p.sum)),
      });
    case 'number':
      return t('kpi.design.err.number', { position: p.name, kpi: kpiName(p.kpi) });
    case 'empty':
      return t('kpi.design.err.empty', { position: p.name });
    case 'none':
      return t('kpi.design.err.none');
  }
}
