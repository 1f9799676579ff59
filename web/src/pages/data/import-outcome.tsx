import type { ImportResult } from '../../api/types.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** What the import did, in one sentence. */
export function ImportOutcome({ result }: { result: ImportResult }) {
  const { t, lang } = useI18n();
  if (result.status === 'imported') {
    return (
      <p className="notice notice-ok" role="status" data-testid="import-done">
        {t('data.done', {
          inserted: formatNumber(result.rowsInserted, lang, 0),
          replaced: formatNumber(result.rowsReplaced, lang, 0),
        })}
      </p>
    );
  }
  if (result.status === 'skipped') return <p className="notice">{t('data.skipped')}</p>;
  return (
    <p className="notice notice-error" role="alert">
      {t('data.rejected', { n: formatNumber(result.errorCount, lang, 0) })}
    </p>
  );
}
