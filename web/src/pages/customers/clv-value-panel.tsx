import { useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Term } from '../../components/term.tsx';
import { formatDate, formatMoney, formatNumber, formatRatio } from '../../format/format.ts';
import { parseNumber } from '../../format/parse.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import { api } from '../../api/client.ts';
import { PURCHASE_MODELS, type PurchaseModel } from './purchase-models.ts';

/** Horizons offered, in weeks (the fit's unit): half a year, a year, two, three years. */
const CLV_HORIZONS = [26, 52, 104, 156] as const;

/**
 * CLV in roubles (GET /api/customers/clv/value): what the customer base is expected to bring over
 * the horizon — in total, per RFM segment and for the most valuable customers — from the same
 * purchase model and Gamma-Gamma fit as the CLI's `clv --customers`.
 */
export function ClvValuePanel({ model }: { model: PurchaseModel }) {
  const { t, lang } = useI18n();
  const [horizon, setHorizon] = useState<(typeof CLV_HORIZONS)[number]>(52);
  const [marginText, setMarginText] = useState('100');
  const pct = parseNumber(marginText);
  const margin = pct !== null && pct > 0 && pct <= 100 ? pct / 100 : null;
  const res = useAsync(
    margin === null
      ? null
      : (signal) => api('GET /api/customers/clv/value', { query: { model, horizon, margin }, signal }),
    [model, horizon, margin, lang],
  );
  const v = res.data;
  const label = PURCHASE_MODELS.find((m) => m.value === model)!.label;
  return (
    <Panel title={t('clv.value.title')}>
      <div className="controls">
        <label className="field">
          <span>{t('clv.value.horizon')}</span>
          <Segmented
            label={t('clv.value.horizon')}
            value={String(horizon)}
            onChange={(h) => setHorizon(Number(h) as (typeof CLV_HORIZONS)[number])}
            options={CLV_HORIZONS.map((h) => ({
              value: String(h),
              label: t(`clv.value.h${h}` as MessageKey),
            }))}
          />
        </label>
        <label className="field">
          <span>{t('clv.value.margin')}</span>
          <input
            name="clv-margin"
            inputMode="decimal"
            size={6}
            value={marginText}
            aria-invalid={margin === null}
            title={t('clv.value.marginHint')}
            onChange={(e) => setMarginText(e.target.value)}
          />
        </label>
      </div>
      {margin === null ? <p className="notice notice-error">{t('clv.value.badMargin')}</p> : null}
      {res.loading && !v ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {v ? (
        <>
          <p className="muted small">
            {t('clv.value.hint', { model: label, asOf: formatDate(v.asOf, lang) })}{' '}
            {t('clv.value.marginHint')}
          </p>
          <div className="figures" data-testid="clv-value-figures">
            <div className="figure">
              <span>{t('clv.value.total')}</span>
              <strong data-testid="clv-value-total">{formatMoney(v.total.clv, lang, 0)}</strong>
            </div>
            <div className="figure">
              <span>{t('clv.value.average')}</span>
              <strong>{formatMoney(v.total.average, lang)}</strong>
            </div>
            <div className="figure">
              <span>{t('clv.value.customers')}</span>
              <strong>{formatNumber(v.total.customers, lang, 0)}</strong>
            </div>
            <div className="figure">
              <span>{t('clv.value.purchases')}</span>
              <strong>{formatNumber(v.total.expectedPurchases, lang, 0)}</strong>
            </div>
          </div>
          <h3>{t('clv.value.bySegment')}</h3>
          <TableScroll label={t('clv.value.bySegment')}>
            <thead>
              <tr>
                <th>{t('clv.value.segment')}</th>
                <th className="num">{t('clv.value.customers')}</th>
                <th className="num">{t('clv.value.sum')}</th>
                <th className="num">{t('clv.value.share')}</th>
                <th className="num">{t('clv.value.avg')}</th>
                <th className="num">{t('clv.value.alive')}</th>
              </tr>
            </thead>
            <tbody data-testid="clv-value-segments">
              {v.segments.map((s) => (
                <tr key={s.segment}>
                  <th scope="row">{s.name}</th>
                  <td className="num">{formatNumber(s.customers, lang, 0)}</td>
                  <td className="num">{formatMoney(s.clv, lang, 0)}</td>
                  <td className="num">
                    {formatRatio(v.total.clv > 0 ? s.clv / v.total.clv : null, lang, 1)}
                  </td>
                  <td className="num">{formatMoney(s.average, lang)}</td>
                  <td className="num">{formatRatio(s.pAlive, lang, 0)}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
          <h3>{t('clv.value.top')}</h3>
          <TableScroll label={t('clv.value.top')}>
            <thead>
              <tr>
                <th>{t('clv.value.customer')}</th>
                <th>{t('clv.value.segment')}</th>
                <th className="num">
                  <Term id="pAlive">P(alive)</Term>
                </th>
                <th className="num">{t('clv.value.expected')}</th>
                <th className="num">{t('clv.value.check')}</th>
                <th className="num">{t('clv.value.one')}</th>
              </tr>
            </thead>
            <tbody data-testid="clv-value-top">
              {v.top.map((c) => (
                <tr key={c.customer_id}>
                  <th scope="row">{c.customer_id}</th>
                  <td>{c.name}</td>
                  <td className="num">{formatRatio(c.p_alive, lang, 0)}</td>
                  <td className="num">{formatNumber(c.expected_purchases, lang, 2)}</td>
                  <td className="num">{formatMoney(c.expected_average_value, lang)}</td>
                  <td className="num">{formatMoney(c.clv, lang)}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </>
      ) : null}
    </Panel>
  );
}
