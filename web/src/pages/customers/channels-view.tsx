import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Term } from '../../components/term.tsx';
import { formatMoney, formatNumber, formatPeriod, formatRatio, type Lang } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { T } from '../../i18n/translate.ts';
import { api } from '../../api/client.ts';
import type { ChannelMetric, ChannelRow } from '../../api/types.ts';
import { judge } from './judge.ts';
import { ExportButton } from '../../components/export-button.tsx';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function cell(m: ChannelMetric, v: number | null, lang: Lang, t: T): string {
  if (m.id === 'paybackMonth') return v === null ? formatNumber(null, lang) : t('cust.payback', { n: v });
  switch (m.unit) {
    case 'money':
      return formatMoney(v, lang, 0);
    case 'ratio':
    case 'percent':
      return formatRatio(v, lang, 1);
    case 'count':
      return formatNumber(v, lang, 0);
    case 'number':
      return formatNumber(v, lang, 2);
  }
}

/** Unit economics per channel: metrics across, channels down, coloured by each metric's direction. */
export function ChannelsView() {
  const { t, lang } = useI18n();
  const res = useAsync((signal) => api('GET /api/customers/channels', { signal }), []);
  const data = res.data;
  // Metrics no channel has a value for (no impressions in the data, say) only add empty columns.
  const metrics = data
    ? data.metrics.filter((m) => [...data.channels, data.total].some((r) => num(r[m.id]) !== null))
    : [];
  const line = (r: ChannelRow, name: string, total = false) => (
    <tr key={name} className={total ? 'total' : ''}>
      <th scope="row">{name}</th>
      {metrics.map((m) => {
        const v = num(r[m.id]);
        const verdict = total ? null : judge(m, v, num(data!.total[m.id]));
        return (
          <td
            key={m.id}
            className={`num${verdict ? ` ${verdict}` : ''}`}
            title={verdict ? t(verdict === 'better' ? 'cust.better' : 'cust.worse') : undefined}
          >
            {cell(m, v, lang, t)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <>
      <ExportButton analysis="channels" query={{}} />
      {res.loading && !data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {data ? (
        <Panel title={`${t('cust.channels')}: ${formatPeriod(data.period, lang)}`}>
          <p className="muted small">{t('cust.channelsHint')}</p>
          <div className="legend-swatches">
            <span className="better">{t('cust.better')}</span>
            <span className="worse">{t('cust.worse')}</span>
          </div>
          <div className="channels-table">
            <TableScroll label={t('cust.channels')}>
              <thead>
                <tr>
                  <th>{t('cust.channel')}</th>
                  {metrics.map((m) => (
                    <th key={m.id} className="num" data-direction={m.direction}>
                      <Term id={m.kpi ?? m.id}>{m.name[lang]}</Term> {m.direction === 'higher' ? '↑' : '↓'}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody data-testid="channel-rows">
                {data.channels.map((r) => line(r, r.channel ?? t('cust.noChannel')))}
                {line(data.total, t('cust.company'), true)}
              </tbody>
            </TableScroll>
          </div>
          {data.notes.length > 0 ? (
            <div className="notice" data-testid="channel-notes">
              <strong>{t('cust.notes')}</strong>
              {data.notes.map((n) => (
                <p key={n.kind}>{n.text[lang]}</p>
              ))}
            </div>
          ) : null}
          <details className="channel-definitions" data-testid="channel-definitions" open>
            <summary>{t('cust.definitions')}</summary>
            <dl>
              {metrics.map((m) => (
                <div key={m.id}>
                  <dt>{m.name[lang]}</dt>
                  <dd>{m.definition[lang]}</dd>
                </div>
              ))}
            </dl>
          </details>
          {data.missing.length > 0 ? (
            <p className="muted small">{t('cust.missing', { list: data.missing.join(', ') })}</p>
          ) : null}
        </Panel>
      ) : null}
    </>
  );
}
