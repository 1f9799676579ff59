import type { FormulaTree, LeverPotential } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatByUnit, formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** One lever: its potential as a bar, the 75th percentile, and the segments below it. */
export function LeverPotentialCard({
  tree,
  lever,
  isKey,
  top,
}: {
  tree: FormulaTree | null;
  lever: LeverPotential;
  isKey: boolean;
  top: number;
}) {
  const { t, lang } = useI18n();
  const unit = tree?.nodes.find((n) => n.id === lever.lever)?.unit ?? 'number';
  const share = top > 0 ? (lever.potential / top) * 100 : 0;
  return (
    <article className={`lever-card${isKey ? ' key' : ''}`} data-lever={lever.lever}>
      <header>
        <h3>
          {nodeLabel(tree, lever.lever, lang)} <span className="node-id">{lever.lever}</span>
        </h3>
        <span>
          {t('constraint.potential')}: <strong>{formatMoney(lever.potential, lang, 0)}</strong>
        </span>
      </header>
      <div className="potential-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      <p className="muted small">
        {t('constraint.p75')}: {formatByUnit(lever.p75, unit, lang)}
        {lever.max !== null
          ? ` (${t('constraint.bound', { max: formatByUnit(lever.max, unit, lang) })})`
          : ''}
      </p>
      {lever.outOfRange.length ? (
        <p className="muted small" data-testid="out-of-range">
          {t('constraint.outOfRange', {
            segments: lever.outOfRange.map((s) => `${s.key} ${formatByUnit(s.value, unit, lang)}`).join(', '),
          })}
        </p>
      ) : null}
      {lever.heldAtBound.length ? (
        <p className="muted small" data-testid="held-at-bound">
          {t('constraint.heldAtBound', { segments: lever.heldAtBound.join(', ') })}
        </p>
      ) : null}
      {lever.below.length ? (
        <details open={isKey}>
          <summary>
            {t('constraint.below')} ({lever.below.length})
          </summary>
          <TableScroll label={t('constraint.below')}>
            <thead>
              <tr>
                <th>{t('constraint.segment')}</th>
                <th className="num">{t('constraint.value')}</th>
                <th className="num">{t('constraint.gain')}</th>
              </tr>
            </thead>
            <tbody>
              {lever.below.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.key}</th>
                  <td className="num">{formatByUnit(s.value, unit, lang)}</td>
                  <td className="num up">{formatMoney(s.gain, lang, 0)}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </details>
      ) : null}
    </article>
  );
}
