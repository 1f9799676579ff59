import { useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatMoneyCompact, formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { api } from '../../api/client.ts';
import { ShowToggle, type Show } from './show-toggle.tsx';
import { heatStyle, isHot } from './heat.ts';
import { ExportButton } from '../../components/export-button.tsx';

const NEW = 'new-customers';

/** A year before an ISO date, but not before the first one. */
function yearBefore(last: string, first: string): string {
  const d = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
  return d < first ? first : d;
}

/** The migration matrix between two dates: who moved from which segment to which. */
export function MigrationView({ firstDate, lastDate }: { firstDate: string; lastDate: string }) {
  const { t, lang } = useI18n();
  const [from, setFrom] = useState(() => yearBefore(lastDate, firstDate));
  const [to, setTo] = useState(lastDate);
  const [show, setShow] = useState<Show>('customers');
  const res = useAsync(
    from && to ? (signal) => api('GET /api/customers/segments', { query: { asof: to, from }, signal }) : null,
    [from, to],
  );
  const m = res.data?.migration;
  const names = new Map(res.data?.segments.map((s) => [s.segment, s.name]));
  const nameOf = (id: string) => (id === NEW ? t('cust.newCustomers') : (names.get(id) ?? id));
  const fmt = (v: number) => (show === 'customers' ? formatNumber(v, lang, 0) : formatMoneyCompact(v, lang));
  return (
    <>
      <ExportButton analysis="migration" query={{ asof: to, from }} />
      <div className="controls">
        <label className="field">
          <span>{t('cust.from')}</span>
          <input type="date" name="from" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('cust.to')}</span>
          <input type="date" name="to" value={to} max={lastDate} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {m ? (
        <Panel
          title={t('cust.migration', { from: formatDate(m.from, lang), to: formatDate(m.to, lang) })}
          actions={<ShowToggle value={show} onChange={setShow} />}
        >
          <p className="muted small">{t('cust.migrationHint')}</p>
          <div className="heat-table">
            <TableScroll label={t('cust.migration', { from: m.from, to: m.to })}>
              <thead>
                <tr>
                  <th>{t('cust.wasNow')}</th>
                  {m.columns.map((c) => (
                    <th key={c} className="num">
                      {nameOf(c)}
                    </th>
                  ))}
                  <th className="num">{t('cust.total')}</th>
                </tr>
              </thead>
              <tbody className="heat" data-testid="migration-rows">
                {m.rows.map((row) => {
                  const values = show === 'customers' ? row.customers : row.revenue;
                  const total = show === 'customers' ? row.totalCustomers : row.totalRevenue;
                  return (
                    <tr key={row.from}>
                      <th scope="row">{nameOf(row.from)}</th>
                      {values.map((v, j) => {
                        const strength = total > 0 ? v / total : 0;
                        const diag = m.columns[j] === row.from;
                        const cls = [
                          'num',
                          diag ? 'diag' : '',
                          isHot(strength) ? 'hot' : '',
                          v === 0 ? 'empty-cell' : '',
                        ]
                          .filter(Boolean)
                          .join(' ');
                        return (
                          <td key={m.columns[j]} className={cls} style={heatStyle(strength)}>
                            {v === 0 ? '·' : fmt(v)}
                          </td>
                        );
                      })}
                      <td className="num">
                        <strong>{fmt(total)}</strong>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </TableScroll>
          </div>
          <p className="small">
            {t('cust.stayed', {
              n: formatNumber(m.stayed, lang, 0),
              total: formatNumber(m.customers, lang, 0),
              new: formatNumber(m.newCustomers, lang, 0),
            })}
          </p>
        </Panel>
      ) : null}
    </>
  );
}
