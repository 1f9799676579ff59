import type { FormulaTree, SegmentResult } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatByUnit, formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The levers of each segment side by side, largest revenue first. */
export function SegmentsTable({
  tree,
  segments,
  symbols = tree.levers,
}: {
  tree: FormulaTree;
  segments: SegmentResult[];
  /** Levers headed by their formula symbol (L, C, Pu); others (buyers) by their label. */
  symbols?: readonly string[];
}) {
  const { t, lang } = useI18n();
  const unit = (id: string) => tree.nodes.find((n) => n.id === id)?.unit ?? 'number';
  const rows = [...segments].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
  const hasProfit = tree.profit !== undefined;
  // Levers past their range (the service applies leverMax: a share above 100 %), with their segments.
  const above = new Map<string, string[]>();
  for (const s of rows) for (const l of s.aboveRange ?? []) above.set(l, [...(above.get(l) ?? []), s.key]);
  return (
    <>
      <TableScroll label={t('formula.segment')}>
        <thead>
          <tr>
            <th>{t('formula.segment')}</th>
            {tree.levers.map((l) => (
              <th key={l} className="num" title={nodeLabel(tree, l, lang)}>
                {symbols.includes(l) ? l : nodeLabel(tree, l, lang)}
              </th>
            ))}
            <th className="num">{t('formula.revenue')}</th>
            {hasProfit ? <th className="num">{t('formula.profit')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.key}</th>
              {tree.levers.map((l) =>
                s.aboveRange?.includes(l) ? (
                  <td
                    key={l}
                    className="num above-range"
                    data-testid="above-range"
                    title={t('formula.aboveRangeTip')}
                  >
                    {formatByUnit(s.levers[l] ?? s.nodes[l] ?? null, unit(l), lang)}
                    <sup>*</sup>
                  </td>
                ) : (
                  <td key={l} className="num">
                    {formatByUnit(s.levers[l] ?? s.nodes[l] ?? null, unit(l), lang)}
                  </td>
                ),
              )}
              <td className="num">{formatMoney(s.revenue, lang, 0)}</td>
              {hasProfit ? <td className="num">{formatMoney(s.profit ?? null, lang, 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </TableScroll>
      {[...above].map(([l, keys]) => (
        <p key={l} className="muted small" data-testid="above-range-note">
          *{' '}
          {t('formula.aboveRange', {
            lever: `${nodeLabel(tree, l, lang)} (${l})`,
            segments: keys.join(', '),
          })}{' '}
          <a href="#/customers/channels">{t('formula.aboveRangeLink')}</a>
        </p>
      ))}
    </>
  );
}
