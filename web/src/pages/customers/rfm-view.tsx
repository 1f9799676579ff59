import { useMemo, useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { rfmHeatmapOption } from '../../charts/rfm-heatmap-option.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatDate, formatMoney, formatMoneyCompact, formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { api } from '../../api/client.ts';
import { ShowToggle, type Show } from './show-toggle.tsx';
import { SegmentsTable } from './segments-table.tsx';

type Bins = 'quantile' | 'r-rfm' | 'norms';

/** The RFM grid as a heatmap and the segment table with CRM lists, as of a date. */
export function RfmView({ lastDate }: { lastDate: string }) {
  const { t, lang } = useI18n();
  const [asOf, setAsOf] = useState(lastDate);
  const [bins, setBins] = useState<Bins>('quantile');
  const [show, setShow] = useState<Show>('customers');
  const res = useAsync(
    asOf ? (signal) => api('GET /api/customers/rfm', { query: { asof: asOf, bins }, signal }) : null,
    [asOf, bins],
  );
  const option = useMemo(() => {
    const g = res.data;
    if (!g) return null;
    const names = new Map(g.segments.map((s) => [s.segment, s.name]));
    return rfmHeatmapOption(
      g.bins,
      g.grid.map((c) => ({
        r: c.r,
        f: c.f,
        value: show === 'customers' ? c.customers : c.revenue,
        tooltip: [
          `R ${c.r} · F ${c.f}`,
          t('cust.cellSegment', {
            name: c.segment ? (names.get(c.segment) ?? c.segment) : t('cust.severalSegments'),
          }),
          t('cust.cellCustomers', { n: formatNumber(c.customers, lang, 0) }),
          t('cust.cellRevenue', { v: formatMoney(c.revenue, lang, 0) }),
        ],
      })),
      { r: t('cust.axisR'), f: t('cust.axisF') },
      (v) => (show === 'customers' ? formatNumber(v, lang, 0) : formatMoneyCompact(v, lang)),
    );
  }, [res.data, show, lang, t]);
  return (
    <>
      <div className="controls">
        <label className="field">
          <span>{t('cust.asOf')}</span>
          <input
            type="date"
            name="asof"
            value={asOf}
            max={lastDate}
            onChange={(e) => setAsOf(e.target.value)}
          />
        </label>
        <SelectField
          label={t('cust.bins')}
          name="bins"
          value={bins}
          onChange={(v) => setBins(v as Bins)}
          options={[
            { value: 'quantile', label: t('cust.bins.quantile') },
            { value: 'r-rfm', label: t('cust.bins.rrfm') },
            { value: 'norms', label: t('cust.bins.norms') },
          ]}
        />
      </div>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data && res.data.customers === 0 ? (
        <div className="notice empty">{t('cust.noCustomers')}</div>
      ) : null}
      {res.data && res.data.customers > 0 && option ? (
        <>
          <Panel title={t('cust.heatmap')} actions={<ShowToggle value={show} onChange={setShow} />}>
            <p className="muted small" data-testid="rfm-summary">
              {t('cust.summary', {
                customers: formatNumber(res.data.customers, lang, 0),
                revenue: formatMoney(res.data.revenue, lang, 0),
                date: formatDate(res.data.asOf, lang),
              })}
            </p>
            <div data-testid="rfm-heatmap">
              <Chart option={option} height={340} label={t('cust.heatmap')} />
            </div>
            <p className="muted small">{t('cust.heatmapHint')}</p>
          </Panel>
          <SegmentsTable result={res.data} bins={bins} />
        </>
      ) : null}
    </>
  );
}
