import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatMoney, formatNumber, formatRatio, NO_VALUE } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { sourceText, type KpiSheet, type SheetLine } from '../kpi-types.ts';
import '../kpi.css';
import type { Lang } from '../../../format/format.ts';

/** A line's plan or fact in its own unit: shares as percent, money in roubles. */
function value(v: number | null, l: SheetLine, lang: Lang): string {
  if (l.plan === null && l.fact === null) return '';
  if (v === null) return NO_VALUE;
  if (l.unit === 'ratio' || l.unit === 'percent') return formatRatio(v, lang, 1);
  if (l.unit === 'money') return formatMoney(v, lang);
  return formatNumber(v, lang, 2);
}

/**
 * The paying lines, the parts and the total, then every line as the sentence that computed it and
 * where each fact came from.
 */
export function SheetView({ sheet }: { sheet: KpiSheet }) {
  const { t, lang } = useI18n();
  // A part with no plan (the manager's discretion) is its own line: its part row shows it once.
  const single = new Set(sheet.parts.filter((p) => p.share === null).map((p) => p.id));
  const paying = sheet.parts.length > 1 ? sheet.lines.filter((l) => !single.has(l.part)) : sheet.lines;
  const sources = sheet.lines.flatMap((l) => (l.source ? [{ l, s: l.source }] : []));
  return (
    <>
      {sheet.coverage ? (
        // Above the total: a total over part of the period must not be read as the whole's.
        <p className="notice notice-warn" data-testid="kpi-coverage">
          {sheet.coverage.note[lang]}
        </p>
      ) : null}
      <div className="figures" data-testid="kpi-figures">
        <div className="figure">
          <span>{t('kpi.total')}</span>
          <strong data-testid="kpi-total">{formatMoney(sheet.total, lang)}</strong>
        </div>
        <div className="figure">
          <span>{t('kpi.bonus')}</span>
          <strong>{formatMoney(sheet.bonus, lang)}</strong>
        </div>
      </div>
      <div className="kpi-lines">
        <TableScroll label={t('kpi.lines')} wrap>
          <thead>
            <tr>
              <th>{t('kpi.kpi')}</th>
              <th className="num opt">{t('kpi.weight')}</th>
              <th className="num opt">{t('kpi.plan')}</th>
              <th className="num opt">{t('kpi.fact')}</th>
              <th className="num opt">{t('kpi.completion')}</th>
              <th className="num">{t('kpi.paid')}</th>
              <th className="num">{t('kpi.amount')}</th>
            </tr>
          </thead>
          <tbody data-testid="kpi-lines">
            {paying.map((l) => (
              <tr key={l.kpi}>
                <th scope="row">{l.name[lang]}</th>
                <td className="num opt">{l.plan === null ? '' : formatRatio(l.weight, lang, 1)}</td>
                <td className="num opt">{value(l.plan, l, lang)}</td>
                <td className="num opt">{value(l.fact, l, lang)}</td>
                <td className="num opt">{l.plan === null ? '' : formatRatio(l.completion, lang, 1)}</td>
                <td className="num">{l.plan === null ? '' : formatRatio(l.paidCompletion, lang, 1)}</td>
                <td className="num">{formatMoney(l.amount, lang)}</td>
              </tr>
            ))}
            {sheet.parts.length > 1
              ? sheet.parts.map((p) => (
                  <tr key={`part-${p.id}`} className="subtotal">
                    <th scope="row">{p.name[lang]}</th>
                    <td className="opt" colSpan={4} />
                    <td />
                    <td className="num">{formatMoney(p.amount, lang)}</td>
                  </tr>
                ))
              : null}
            <tr className="total">
              <th scope="row">{t('kpi.total')}</th>
              <td className="opt" colSpan={4} />
              <td />
              <td className="num">{formatMoney(sheet.total, lang)}</td>
            </tr>
          </tbody>
        </TableScroll>
      </div>
      <h3>{t('kpi.howComputed')}</h3>
      <ul className="sentences" data-testid="kpi-explain">
        {sheet.lines.map((l) => (
          <li key={l.kpi}>{l.explain[lang]}</li>
        ))}
        {sheet.parts.map((p) => (p.explain ? <li key={`part-${p.id}`}>{p.explain[lang]}</li> : null))}
      </ul>
      {sources.length > 0 ? (
        <>
          <h3>{t('kpi.sources')}</h3>
          <ul className="sentences kpi-sources" data-testid="kpi-sources">
            {sources.map(({ l, s }) => (
              <li key={l.kpi}>
                <strong>{l.name[lang]}</strong>: {t(`kpi.source.${s.kind}`)} — {sourceText(s, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sheet.missing.length > 0 ? (
        <p className="notice notice-warn" data-testid="kpi-missing">
          {t('kpi.missing', {
            // The lines' names, not their ids (new_client_share, task:task-1).
            kpis: sheet.missing
              .map((id) => sheet.lines.find((l) => l.kpi === id)?.name[lang] ?? id)
              .join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}
