import type { FormulaTree, LeversResult } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatChangePct, formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Base, then one row per lever and the "all together" row; profit columns when the tree has profit. */
export function LeversTable({ tree, result }: { tree: FormulaTree; result: LeversResult }) {
  const { t, lang } = useI18n();
  const hasProfit = result.base.profit !== null;
  return (
    <TableScroll label={t('levers.lever')}>
      <thead>
        <tr>
          <th>{t('levers.lever')}</th>
          <th className="num">{t('levers.revenue')}</th>
          <th className="num">{t('levers.change')}</th>
          {hasProfit ? (
            <>
              <th className="num">{t('levers.profit')}</th>
              <th className="num">{t('levers.change')}</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody data-testid="levers-rows">
        <tr>
          <th scope="row">{t('levers.base')}</th>
          <td className="num">{formatMoney(result.base.revenue, lang, 0)}</td>
          <td />
          {hasProfit ? (
            <>
              <td className="num">{formatMoney(result.base.profit, lang, 0)}</td>
              <td />
            </>
          ) : null}
        </tr>
        {result.rows.map((r) => (
          <tr key={r.lever} className={r.lever === 'all' ? 'total' : ''}>
            <th scope="row">
              {r.lever === 'all' ? t('levers.all') : nodeLabel(tree, r.lever, lang)}{' '}
              {tree.levers.includes(r.lever) ? <span className="node-id">{r.lever}</span> : null}
            </th>
            <td className="num">{formatMoney(r.revenue, lang, 0)}</td>
            <td className="num up">{formatChangePct(r.revenueChangePct, lang)}</td>
            {hasProfit ? (
              <>
                <td className="num">{formatMoney(r.profit, lang, 0)}</td>
                <td className="num up">{formatChangePct(r.profitChangePct, lang)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </TableScroll>
  );
}
