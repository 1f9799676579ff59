import type { ImportRecord, TableName } from '../../api/types.ts';
import type { AsyncState } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatNumber } from '../../format/format.ts';
import { TABLE_LABELS } from './table-labels.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';

const STATUS: Record<ImportRecord['status'], MessageKey> = {
  running: 'status.running',
  imported: 'status.imported',
  rejected: 'status.rejected',
  skipped: 'status.skipped',
  failed: 'status.failed',
};

/** Every import attempt, newest first, with why it failed. */
export function ImportLog({ state }: { state: AsyncState<ImportRecord[]> }) {
  const { t, lang } = useI18n();
  if (state.loading && !state.data) return <Loading />;
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data?.length) return <p className="muted">{t('data.logEmpty')}</p>;
  return (
    <TableScroll label={t('data.log')}>
      <thead>
        <tr>
          <th>{t('data.when')}</th>
          <th>{t('data.file')}</th>
          <th>{t('data.table')}</th>
          <th>{t('data.status')}</th>
          <th className="num">{t('data.rows')}</th>
          <th className="num">{t('data.errors')}</th>
        </tr>
      </thead>
      <tbody data-testid="import-log">
        {state.data.map((r) => (
          <tr key={r.id}>
            <td>{formatDate(r.startedAt, lang, true)}</td>
            <td>{r.file}</td>
            <td>{r.tableName in TABLE_LABELS ? t(TABLE_LABELS[r.tableName as TableName]) : r.tableName}</td>
            <td
              className={
                r.status === 'imported'
                  ? 'up'
                  : r.status === 'rejected' || r.status === 'failed'
                    ? 'down'
                    : ''
              }
            >
              {STATUS[r.status] ? t(STATUS[r.status]) : r.status}
              {r.message ? <div className="muted small">{r.message}</div> : null}
            </td>
            <td className="num">{formatNumber(r.rowsInserted || r.rowsRead, lang, 0)}</td>
            <td className="num">{formatNumber(r.errorCount, lang, 0)}</td>
          </tr>
        ))}
      </tbody>
    </TableScroll>
  );
}
