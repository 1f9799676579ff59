import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fromDrafts, LEVERS, moved, newStage, toDrafts, type StageDraft } from './journey-draft.ts';
import type { JourneyMap } from './journey-types.ts';

/**
 * The company's map as a form: each stage's names in both languages, its owner, the levers it
 * feeds, touchpoints and difficulties one per line; stages added, removed and moved. The server
 * checks the whole map and names every problem; nothing is saved unless all pass.
 */
export function JourneyEditor({ map, onDone }: { map: JourneyMap; onDone: (saved: boolean) => void }) {
  const { t, lang } = useI18n();
  const [drafts, setDrafts] = useState<StageDraft[]>(() => toDrafts(map, lang));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (i: number, patch: Partial<StageDraft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('PUT /api/journey/map', { body: fromDrafts(drafts, map.preset, lang) });
      onDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const text = (i: number, field: 'nameRu' | 'nameEn' | 'owner', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={`${field}-${i}`}
        value={drafts[i]![field]}
        onChange={(e) => set(i, { [field]: e.target.value })}
      />
    </label>
  );
  const area = (i: number, field: 'touchpoints' | 'difficulties', label: string) => (
    <label className="field">
      <span>{label}</span>
      <textarea
        name={`${field}-${i}`}
        rows={3}
        value={drafts[i]![field]}
        onChange={(e) => set(i, { [field]: e.target.value })}
      />
    </label>
  );
  return (
    <form
      className="journey-editor"
      data-testid="journey-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small">{t('journey.editHint')}</p>
      <ol className="journey-edit-list">
        {drafts.map((d, i) => (
          <li key={d.id} className="journey-edit-stage" data-testid={`journey-edit-${d.id}`}>
            <header>
              <strong>{t('journey.stage', { n: i + 1 })}</strong>
              <span className="journey-edit-tools">
                <button
                  type="button"
                  className="btn"
                  disabled={i === 0}
                  onClick={() => setDrafts(moved(drafts, i, -1))}
                >
                  {t('journey.up')}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={i === drafts.length - 1}
                  onClick={() => setDrafts(moved(drafts, i, 1))}
                >
                  {t('journey.down')}
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
                >
                  {t('journey.remove')}
                </button>
              </span>
            </header>
            {text(i, 'nameRu', t('journey.nameRu'))}
            {text(i, 'nameEn', t('journey.nameEn'))}
            {text(i, 'owner', t('journey.owner'))}
            <fieldset className="journey-edit-levers">
              <legend>{t('journey.levers')}</legend>
              {LEVERS.map((l) => (
                <label key={l}>
                  <input
                    type="checkbox"
                    checked={d.levers.includes(l)}
                    onChange={(e) =>
                      set(i, {
                        levers: e.target.checked ? [...d.levers, l] : d.levers.filter((x) => x !== l),
                      })
                    }
                  />{' '}
                  {l}
                </label>
              ))}
            </fieldset>
            {area(i, 'touchpoints', t('journey.touchpoints'))}
            {area(i, 'difficulties', t('journey.difficulties'))}
          </li>
        ))}
      </ol>
      {error ? <ErrorBox error={error} /> : null}
      <div className="controls">
        <button type="button" className="btn" onClick={() => setDrafts([...drafts, newStage(drafts)])}>
          {t('journey.addStage')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('journey.save')}
        </button>
        <button type="button" className="btn" onClick={() => onDone(false)}>
          {t('journey.cancel')}
        </button>
      </div>
    </form>
  );
}
