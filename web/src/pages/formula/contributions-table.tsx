import type { FormulaTree, Split } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatChangePct, formatMoney, formatMoneyChange } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Before, each lever's contribution and after, in kopecks that add up exactly. */
export function ContributionsTable({
  tree,
  split,
  symbols = tree.levers,
}: {
  tree: FormulaTree;
  split: Split;
  /** Ids shown beside labels: the formula's lever symbols (L, C, Pu), not internal words. */
  symbols?: readonly string[];
}) {
  const { t, lang } = useI18n();
  const keys = Object.keys(split.contributions).sort(
    (a, b) => (tree.levers.indexOf(a) + 1 || 99) - (tree.levers.indexOf(b) + 1 || 99),
  );
  return (
    <TableScroll label={t('compare.contribution')} wrap>
      <tbody>
        <tr>
          <th scope="row">{t('compare.before')}</th>
          <td className="num">{formatMoney(split.before, lang)}</td>
        </tr>
        {keys.map((k) => {
          const v = split.contributions[k] ?? 0;
          return (
            <tr key={k}>
              <th scope="row">
                {nodeLabel(tree, k, lang)} {symbols.includes(k) ? <span className="node-id">{k}</span> : null}
              </th>
              <td className={`num ${v >= 0 ? 'up' : 'down'}`}>{formatMoneyChange(v, lang)}</td>
            </tr>
          );
        })}
        <tr className="total">
          <th scope="row">{t('compare.after')}</th>
          <td className="num">{formatMoney(split.after, lang)}</td>
        </tr>
        <tr>
          <th scope="row">{t('compare.change')}</th>
          <td className="num">
            {formatMoneyChange(split.change, lang)} ({formatChangePct(split.changePct, lang)})
          </td>
        </tr>
      </tbody>
    </TableScroll>
  );
}
