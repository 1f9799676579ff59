import { useState } from 'react';
import type { QueryValue } from '../api/query.ts';
import type { ExportAnalysis } from '../api/types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { downloadFile } from '../pages/customers/download.ts';
import { ErrorBox } from './error-box.tsx';
import './export-button.css';

const FORMATS = ['xlsx', 'csv'] as const;

/**
 * «Скачать XLSX · CSV» for an analysis, with the query its page shows: the file holds what the
 * page holds, in the reader's language (Russian headers, `;` and decimal commas in CSV). An error
 * (a period with no data) shows here instead of being saved as a file.
 */
export function ExportButton({
  analysis,
  query,
}: {
  analysis: ExportAnalysis;
  query: Record<string, QueryValue>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const what = t(`export.${analysis}`);
  const run = async (format: (typeof FORMATS)[number]) => {
    setBusy(format);
    setError(null);
    try {
      await downloadFile(`/export/${analysis}`, { ...query, format });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-bar" data-testid={`export-${analysis}`}>
      <span className="muted small">{t('export.download')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={busy !== null}
          aria-busy={busy === format}
          aria-label={t('export.label', { what, format: format.toUpperCase() })}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {error ? <ErrorBox error={error} /> : null}
    </div>
  );
}
