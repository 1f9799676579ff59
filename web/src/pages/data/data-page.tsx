import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ImportResult, TableName } from '../../api/types.ts';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TABLE_LABELS as TABLES } from './table-labels.ts';
import { ImportLog } from './import-log.tsx';
import { ImportOutcome } from './import-outcome.tsx';
import { PreviewReport } from './preview-report.tsx';
import { MappingEditor, mapParam, type ColumnChoices } from './mapping-editor.tsx';
import { checkFile, importFile, type ImportStage } from './run-import.ts';
import type { MessageKey } from '../../i18n/ru.ts';

const STAGE_LABELS: Record<ImportStage['step'], MessageKey> = {
  upload: 'data.stage.upload',
  queued: 'data.stage.queued',
  read: 'data.stage.read',
  validate: 'data.stage.validate',
  write: 'data.stage.write',
  done: 'data.stage.write',
  failed: 'data.stage.write',
};

/** Upload: check first (nothing written), then import; and the log of every attempt. */
export function DataPage() {
  const { t } = useI18n();
  const [table, setTable] = useState<TableName>('orders');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [stage, setStage] = useState<ImportStage | null>(null);
  // The mapping the last check ran with: an import after further edits would not match the report.
  const [checked, setChecked] = useState<string | null>(null);
  const pending = mapParam(choices).join('\n');
  const log = useAsync((signal) => api('GET /api/imports', { signal }), []);

  const act = async (kind: 'check' | 'import') => {
    if (!file) return;
    setBusy(kind);
    setError(null);
    const ask = { table, file, map: mapParam(choices) };
    try {
      if (kind === 'check') {
        setOutcome(null);
        setPreview(await checkFile(ask, setStage));
        setChecked(ask.map.join('\n'));
      } else {
        setOutcome(await importFile(ask, setStage));
        setPreview(null);
        setChoices({});
        log.reload();
      }
    } catch (e) {
      setError(e);
      if (kind === 'import') log.reload();
    } finally {
      setBusy(null);
      setStage(null);
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
              setChoices({});
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
                setChoices({});
              }}
            />
          </label>
          <button type="submit" className="btn" disabled={!file || busy !== null}>
            {busy === 'check' ? t('data.checking') : t('data.check')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!file || busy !== null || preview?.status !== 'validated' || checked !== pending}
            onClick={() => void act('import')}
          >
            {busy === 'import' ? t('data.importing') : t('data.import')}
          </button>
        </form>
        {stage ? (
          <ProgressBar
            label={t(STAGE_LABELS[stage.step])}
            fraction={stage.step === 'upload' || stage.fraction !== null ? stage.fraction : null}
          />
        ) : null}
        {error ? <ErrorBox error={error} /> : null}
        {outcome ? <ImportOutcome result={outcome} /> : null}
      </Panel>
      {preview ? (
        <PreviewReport
          result={preview}
          mapping={
            <MappingEditor
              result={preview}
              choices={choices}
              onChange={setChoices}
              onRecheck={() => void act('check')}
              busy={busy !== null}
            />
          }
        />
      ) : null}
      <Panel title={t('data.log')}>
        <ImportLog state={log} />
      </Panel>
    </>
  );
}
