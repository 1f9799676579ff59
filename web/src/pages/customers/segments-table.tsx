import { useState } from 'react';
import { ErrorBox } from '../../components/error-box.tsx';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney, formatNumber, formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RfmGrid } from '../../api/types.ts';
import { PURCHASE_MODELS, type PurchaseModel } from './purchase-models.ts';
import { downloadFile } from './download.ts';

/** One line per segment with its tactic and buttons that download the segment's list for a CRM. */
export function SegmentsTable({ result, bins }: { result: RfmGrid; bins: string }) {
  const { t, lang } = useI18n();
  const [withClv, setWithClv] = useState(false);
  const [model, setModel] = useState<PurchaseModel>('bgnbd');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (segment: string, format: 'csv' | 'xlsx') => {
    setBusy(`${segment}.${format}`);
    setError(null);
    try {
      await downloadFile('/customers/list/export', {
        asof: result.asOf,
        bins,
        segment,
        format,
        clv: withClv,
        // The list's p_alive_model column names the model, so a CRM knows where P(alive) came from.
        ...(withClv ? { model } : {}),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Panel
      title={t('cust.segments')}
      actions={
        <div className="list-clv">
          <label className="check-line">
            <input type="checkbox" checked={withClv} onChange={(e) => setWithClv(e.target.checked)} />
            {t('cust.withClv')}
          </label>
          {withClv ? (
            <Segmented
              label={t('cust.listModel')}
              value={model}
              onChange={setModel}
              options={PURCHASE_MODELS.map((m) => ({ value: m.value, label: m.label }))}
            />
          ) : null}
        </div>
      }
    >
      {error ? <ErrorBox error={error} /> : null}
      <TableScroll label={t('cust.segments')}>
        <thead>
          <tr>
            <th>{t('cust.segment')}</th>
            <th className="num">{t('cust.customers')}</th>
            <th className="num">{t('cust.share')}</th>
            <th className="num">{t('cust.revenue')}</th>
            <th className="num">{t('cust.avgCheck')}</th>
            <th className="num">{t('cust.recency')}</th>
            <th>{t('cust.tactic')}</th>
            <th>{t('cust.list')}</th>
          </tr>
        </thead>
        <tbody data-testid="segment-rows">
          {result.segments.map((s) => (
            <tr key={s.segment} data-segment={s.segment}>
              <th scope="row">{s.name}</th>
              <td className="num">{formatNumber(s.customers, lang, 0)}</td>
              <td className="num">{formatRatio(s.share, lang, 1)}</td>
              <td className="num">{formatMoney(s.revenue, lang, 0)}</td>
              <td className="num">{formatMoney(s.averageCheck, lang, 0)}</td>
              <td className="num">{formatNumber(s.averageRecencyDays, lang, 0)}</td>
              <td className="wrap tactic">{s.tactic}</td>
              <td>
                <div className="list-btns">
                  {(['csv', 'xlsx'] as const).map((format) => (
                    <button
                      key={format}
                      type="button"
                      className="btn"
                      disabled={s.customers === 0 || busy !== null}
                      aria-busy={busy === `${s.segment}.${format}`}
                      aria-label={t('cust.downloadLabel', { name: s.name, format: format.toUpperCase() })}
                      onClick={() => void download(s.segment, format)}
                    >
                      {format.toUpperCase()}
                    </button>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
    </Panel>
  );
}
