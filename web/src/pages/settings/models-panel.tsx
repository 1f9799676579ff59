import { useState } from 'react';
import { api } from '../../api/client.ts';
import { labelText } from '../../app/label.ts';
import { useMeta } from '../../app/meta.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * The company's own formula trees (docs/formula-trees.md): load one from a JSON or YAML file —
 * the server validates it and names every problem — then pick it on any analysis page like a
 * preset; remove one that is no longer used. Presets are listed and stay.
 */
export function ModelsPanel({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const meta = useMeta();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const upload = async (file: File) => {
    setError(null);
    setSaved(null);
    try {
      const entry = await api('POST /api/models', {
        body: { definition: await file.text() },
      });
      setSaved(entry.id);
      meta.reload();
    } catch (e) {
      setError(e);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await api('DELETE /api/models/{id}', { params: { id } });
      meta.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Panel title={t('settings.models')}>
      <p className="muted small">{t('settings.modelsHint')}</p>
      {canEdit ? (
        <label className="field">
          <span>{t('settings.modelFile')}</span>
          <input
            type="file"
            name="model-file"
            accept=".json,.yaml,.yml"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void upload(f);
              e.target.value = '';
            }}
          />
        </label>
      ) : null}
      {saved ? (
        <p className="notice notice-ok" role="status" data-testid="model-saved">
          {t('settings.modelSaved', { id: saved })}
        </p>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
      {meta.data ? (
        <TableScroll label={t('settings.models')}>
          <thead>
            <tr>
              <th>{t('settings.modelId')}</th>
              <th>{t('settings.modelName')}</th>
              <th>{t('settings.modelSource')}</th>
              <th />
            </tr>
          </thead>
          <tbody data-testid="models">
            {meta.data.models.map((m) => (
              <tr key={m.id}>
                <td>
                  <code>{m.id}</code>
                </td>
                <td>{labelText(m.label, lang)}</td>
                <td>{m.source === 'user' ? t('settings.modelUser') : t('settings.modelPreset')}</td>
                <td>
                  {canEdit && m.source === 'user' ? (
                    <button type="button" className="btn btn-link" onClick={() => void remove(m.id)}>
                      {t('settings.modelRemove')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      ) : null}
    </Panel>
  );
}
