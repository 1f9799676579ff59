import { useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney, formatMonth, formatNumber, formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { api } from '../../api/client.ts';
import type { Cohort, CohortMonth } from '../../api/types.ts';
import { heatStyle, isHot } from './heat.ts';
import { ExportButton } from '../../components/export-button.tsx';

type Measure = 'retention' | 'ltv';

const MONTHS = 12;

/**
 * The cohort triangle: one row per month of first purchase, one column per month since, each cell
 * the cohort's retention (or cumulative revenue per customer) coloured by strength. Later cohorts
 * have fewer months behind them, hence the triangle.
 */
export function CohortsView() {
  const { t, lang } = useI18n();
  const [measure, setMeasure] = useState<Measure>('retention');
  const res = useAsync(
    (signal) => api('GET /api/customers/cohorts', { query: { months: MONTHS }, signal }),
    [],
  );
  const data = res.data;
  const value = (m: CohortMonth | undefined) =>
    m === undefined ? null : measure === 'retention' ? m.retention : m.cumulativeRevenuePerCustomer;
  // Month 0 retention is 1 by definition: scale the colours on the later months, or all look pale.
  const scale = data
    ? Math.max(
        1e-9,
        ...data.cohorts.flatMap((c) =>
          c.months.filter((m) => measure === 'ltv' || m.month > 0).map((m) => value(m) ?? 0),
        ),
      )
    : 1;
  const fmt = (v: number | null) =>
    measure === 'retention' ? formatRatio(v, lang, 1) : formatMoney(v, lang, 0);
  const row = (c: Cohort, label: string, total = false) => (
    <tr key={label} className={total ? 'total' : ''}>
      <th scope="row">{label}</th>
      <td className="num">{formatNumber(c.customers, lang, 0)}</td>
      {Array.from({ length: data!.months }, (_, i) => {
        const v = value(c.months.find((m) => m.month === i));
        if (v === null) return <td key={i} />;
        const s = measure === 'retention' && i === 0 ? 0 : v / scale;
        return (
          <td key={i} className={`num${isHot(s) ? ' hot' : ''}`} style={heatStyle(s)}>
            {fmt(v)}
          </td>
        );
      })}
    </tr>
  );
  const label = (c: Cohort) => (c.cohort === null ? '—' : formatMonth(c.cohort, lang));
  return (
    <>
      <ExportButton analysis="cohorts" query={{ months: MONTHS }} />
      {res.loading && !data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {data ? (
        <Panel
          title={t('cust.cohorts')}
          actions={
            <Segmented
              label={t('cust.show')}
              value={measure}
              onChange={setMeasure}
              options={[
                { value: 'retention', label: t('cust.retention') },
                { value: 'ltv', label: t('cust.ltv') },
              ]}
            />
          }
        >
          <p className="muted small">
            {measure === 'retention' ? t('cust.cohortsHint') : t('cust.cohortsLtvHint')}
          </p>
          <div className="heat-table">
            <TableScroll label={t('cust.cohorts')}>
              <thead>
                <tr>
                  <th>{t('cust.cohort')}</th>
                  <th className="num">{t('cust.customers')}</th>
                  {Array.from({ length: data.months }, (_, i) => (
                    <th key={i} className="num">
                      {t('cust.month', { n: i })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="heat" data-testid="cohort-triangle">
                {data.cohorts.map((c) => row(c, label(c)))}
                {row(data.total, t('cust.allCohorts'), true)}
              </tbody>
            </TableScroll>
          </div>
          {data.partialMonth ? (
            <p className="muted small">
              {t('cust.partial', { month: formatMonth(data.partialMonth, lang) })}
            </p>
          ) : null}
        </Panel>
      ) : null}
    </>
  );
}
