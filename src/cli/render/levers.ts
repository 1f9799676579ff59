import type { FormulaTree, LeverTable } from '../../core/formula/index.ts';
import { formatMoney, formatPct, type Lang, type Translate } from '../../i18n/index.ts';
import { renderTable } from './table.ts';

/** The +step lever table: revenue and profit with their change for each lever and for all. */
export function renderLevers(tree: FormulaTree, table: LeverTable, lang: Lang, t: Translate): string {
  const hasProfit = table.base.profit !== null;
  const rows = table.rows.map((r) => {
    const node = tree.nodes.find((n) => n.id === r.lever);
    const name =
      r.lever === 'all'
        ? t('report.levers.all')
        : !node
          ? r.lever
          : // A stand-in (buyers) is not one of the model's levers: its id is a word, not a symbol.
            tree.levers.includes(r.lever)
            ? `${node.label[lang]} (${r.lever})`
            : node.label[lang];
    const cells = [name, formatMoney(r.revenue, lang, 0), formatPct(r.revenueChangePct, lang)];
    if (hasProfit) cells.push(formatMoney(r.profit, lang, 0), formatPct(r.profitChangePct, lang));
    return cells;
  });
  const columns = [
    { header: t('report.levers.lever') },
    { header: t('report.levers.revenue'), align: 'right' as const },
    { header: '%', align: 'right' as const },
  ];
  if (hasProfit)
    columns.push({ header: t('report.levers.profit'), align: 'right' }, { header: '%', align: 'right' });
  return renderTable(columns, rows);
}
