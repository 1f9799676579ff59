import type { FormulaTree } from '../../core/formula/index.ts';
import { formatMoney, formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import type { LeverBenchmark } from '../../services/formula/levers.ts';
import { renderTable } from './table.ts';

/**
 * The Levers page's tornado as a table: each lever raised to the benchmark of the default slice
 * (largest first), then the uniform step on any one lever (or each) and on all together.
 */
export function renderLeverBenchmark(
  tree: FormulaTree,
  b: LeverBenchmark,
  stepFraction: number,
  lang: Lang,
  t: Translate,
): string[] {
  const step = formatPct(stepFraction * 100, lang, false, 0);
  const name = (l: string) => {
    const node = tree.nodes.find((n) => n.id === l);
    if (!node) return l;
    // A stand-in (buyers) is not one of the model's levers: its id is a word, not a symbol.
    return tree.levers.includes(l) ? `${node.label[lang]} (${l})` : node.label[lang];
  };
  const rows = b.effects.map((e) => [
    t('levers.benchmark.bar', { lever: name(e.lever) }),
    formatMoney(e.effect, lang, 0),
    String(e.segments.length),
  ]);
  for (const s of b.step) {
    const label =
      s.lever === 'any'
        ? t('levers.benchmark.any', { step })
        : s.lever === 'all'
          ? t('levers.benchmark.all', { step })
          : t('levers.benchmark.each', { step, lever: name(s.lever) });
    rows.push([label, formatMoney(s.effect, lang, 0), '']);
  }
  const measure = t(b.measure === 'profit' ? 'levers.measure.profit' : 'levers.measure.revenue');
  const out = [
    t('levers.benchmark', { measure, by: b.byLabel[lang], step }),
    renderTable(
      [
        { header: t('report.levers.lever') },
        { header: measure, align: 'right' },
        { header: t('levers.benchmark.segments'), align: 'right' },
      ],
      rows,
    ),
  ];
  if (b.noData.length)
    out.push(t('levers.benchmark.noData', { levers: b.noData.join(', '), by: b.byLabel[lang] }));
  return out;
}
