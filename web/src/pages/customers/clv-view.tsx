import { useMemo, useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { clvValidationOption } from '../../charts/clv-validation-option.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatChangePct, formatDate, formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ClvValuePanel } from './clv-value-panel.tsx';
import { TermsLine } from '../../components/term.tsx';
import { api } from '../../api/client.ts';
import { PURCHASE_MODELS, type PurchaseModel } from './purchase-models.ts';
import { ExportButton } from '../../components/export-button.tsx';

/**
 * The calibration/holdout check of a purchase model (BG/NBD or Pareto/NBD): predicted against
 * actual repeat purchases by calibration frequency, with the fitted parameters. Without dates the
 * server holds out the last third of the history (at most a year).
 */
export function ClvView({ lastDate }: { lastDate: string }) {
  const { t, lang } = useI18n();
  const [calibrationEnd, setCalibrationEnd] = useState('');
  const [holdoutEnd, setHoldoutEnd] = useState('');
  const [model, setModel] = useState<PurchaseModel>('bgnbd');
  const res = useAsync(
    (signal) =>
      api('GET /api/customers/clv/validation', {
        query: { calibrationEnd, holdoutEnd, unit: 'week', model },
        signal,
      }),
    [calibrationEnd, holdoutEnd, model],
  );
  const v = res.data;
  const title = t('cust.clvCheck', {
    model: PURCHASE_MODELS.find((m) => m.value === (v?.model ?? model))!.label,
  });
  const option = useMemo(
    () =>
      v
        ? clvValidationOption(
            v.validation.groups.map((g) => ({
              label: g.atLeast ? `${g.x}+` : String(g.x),
              actual: g.actualMean,
              predicted: g.predictedMean,
            })),
            { actual: t('cust.actual'), predicted: t('cust.predicted'), x: t('cust.repeatGroup') },
            (x) => formatNumber(x, lang, 2),
          )
        : null,
    [v, t, lang],
  );
  const total = v?.validation.total;
  return (
    <>
      <ExportButton analysis="clv" query={{ calibrationEnd, holdoutEnd, unit: 'week', model }} />
      <div className="controls">
        <label className="field">
          <span>{t('cust.model')}</span>
          <Segmented
            label={t('cust.model')}
            value={model}
            onChange={setModel}
            options={PURCHASE_MODELS.map((m) => ({ value: m.value, label: m.label }))}
          />
        </label>
        <label className="field">
          <span>{t('cust.calEnd')}</span>
          <input
            type="date"
            name="calibrationEnd"
            value={calibrationEnd || v?.calibrationEnd || ''}
            max={lastDate}
            onChange={(e) => setCalibrationEnd(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('cust.holdoutEnd')}</span>
          <input
            type="date"
            name="holdoutEnd"
            value={holdoutEnd || v?.holdoutEnd || ''}
            max={lastDate}
            onChange={(e) => setHoldoutEnd(e.target.value)}
          />
        </label>
      </div>
      <TermsLine ids={['clv', 'bgnbd', 'paretoNbd', 'gammaGamma', 'pAlive', 'rfm']} />
      <ClvValuePanel model={model} />
      {res.loading && !v ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {v && option && total ? (
        <>
          <Panel title={title}>
            <p className="muted small">
              {t('cust.clvHint', {
                cal: formatDate(v.calibrationEnd, lang),
                end: formatDate(v.holdoutEnd, lang),
              })}
            </p>
            <div data-testid="clv-chart">
              <Chart option={option} height={300} label={title} />
            </div>
            <p className="small" data-testid="clv-total">
              {t('cust.totalCheck', {
                actual: formatNumber(total.actual, lang, 0),
                predicted: formatNumber(total.predicted, lang, 0),
                diff: formatChangePct(
                  total.actual > 0 ? (total.predicted / total.actual - 1) * 100 : null,
                  lang,
                  1,
                ),
              })}
            </p>
            <TableScroll label={title}>
              <thead>
                <tr>
                  <th>{t('cust.group')}</th>
                  <th className="num">{t('cust.customers')}</th>
                  <th className="num">
                    {t('cust.actual')}, {t('cust.perCustomer')}
                  </th>
                  <th className="num">
                    {t('cust.predicted')}, {t('cust.perCustomer')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.validation.groups.map((g) => (
                  <tr key={g.x}>
                    <th scope="row">{g.atLeast ? `${g.x}+` : g.x}</th>
                    <td className="num">{formatNumber(g.customers, lang, 0)}</td>
                    <td className="num">{formatNumber(g.actualMean, lang, 2)}</td>
                    <td className="num">{formatNumber(g.predictedMean, lang, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
          </Panel>
          <Panel title={t('cust.params')}>
            <TableScroll label={t('cust.params')}>
              <thead>
                <tr>
                  <th>{t('cust.param')}</th>
                  <th className="num">{t('cust.value')}</th>
                  <th className="num">{t('cust.se')}</th>
                </tr>
              </thead>
              <tbody data-testid="clv-params">
                {Object.entries(v.purchase.params).map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td className="num">{formatNumber(value, lang, 4)}</td>
                    <td className="num">{formatNumber(v.purchase.standardErrors[name], lang, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
            <p className="muted small">
              {t('cust.fitLine', {
                ll: formatNumber(v.purchase.logLikelihood, lang, 2),
                n: formatNumber(v.purchase.customers, lang, 0),
              })}
            </p>
          </Panel>
        </>
      ) : null}
    </>
  );
}
