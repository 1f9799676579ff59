import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ImportRecord, ImportResult, TableName } from '../../api/types.ts';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TABLE_LABELS as TABLES } from './table-labels.ts';
import { ImportLog } from './import-log.tsx';
import { ImportOutcome } from './import-outcome.tsx';
import { PreviewReport } from './preview-report.tsx';

/** Posts a file to an import route; the name travels in the query so the server picks the reader. */
const send = (path: string, table: TableName, file: File) =>
  api<ImportResult>(path, { method: 'POST', query: { table, filename: file.name }, body: file });

/** Upload: check first (nothing written), then import; and the log of every attempt. */
export function DataPage() {
  const { t } = useI18n();
  const [table, setTable] = useState<TableName>('orders');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const log = useAsync((signal) => api<ImportRecord[]>('/imports', { signal }), []);

  const act = async (kind: 'check' | 'import') => {
    if (!file) return;
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'check') {
        setOutcome(null);
        setPreview(await send('/imports/preview', table, file));
      } else {
        setOutcome(await send('/imports', table, file));
        setPreview(null);
        log.reload();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h1>{t('data.title')}</h1>
      <Panel title={t('data.upload')}>
        <p className="muted">{t('data.uploadHint')}</p>
        <form
          className="controls"
          onSubmit={(e) => {
            e.preventDefault();
            void act('check');
          }}
        >
          <SelectField
            label={t('data.table')}
            name="table"
            value={table}
            onChange={(v) => {
              setTable(v as TableName);
              setPreview(null);
            }}
            options={(Object.keys(TABLES) as TableName[]).map((k) => ({ value: k, label: t(TABLES[k]) }))}
          />
          <label className="field grow">
            <span>{t('data.file')}</span>
            <input
              type="file"
              name="file"
              accept=".csv,.tsv,.txt,.xlsx,.parquet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
                setOutcome(null);
              }}
            />
          </label>
          <button type="submit" className="btn" disabled={!file || busy !== null}>
            {busy === 'check' ? t('data.checking') : t('data.check')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!file || busy !== null || preview?.status !== 'validated'}
            onClick={() => void act('import')}
          >
            {busy === 'import' ? t('data.importing') : t('data.import')}
          </button>
        </form>
        {error ? <ErrorBox error={error} /> : null}
        {outcome ? <ImportOutcome result={outcome} /> : null}
      </Panel>
      {preview ? <PreviewReport result={preview} /> : null}
      <Panel title={t('data.log')}>
        <ImportLog state={log} />
      </Panel>
    </>
  );
}
