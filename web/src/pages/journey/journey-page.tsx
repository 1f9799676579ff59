import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { periodText, treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { Panel } from '../../components/panel.tsx';
import { PeriodInput } from '../../components/period-input.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { JourneyEditor } from './journey-editor.tsx';
import { JourneyStageCard } from './journey-stage.tsx';
import './journey.css';

const PRESETS = ['b2c', 'b2b', 'clinic'] as const;
type Preset = (typeof PRESETS)[number];
/** What the page draws: the company's saved map, or a preset to look at (and adopt). */
type Shown = 'company' | Preset;
/** Roles that may save the company's map (PUT /api/journey/map). */
const EDITORS = ['owner', 'manager'];

function JourneyView({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params, set } = useAnalysisParams();
  const { user } = useSession();
  const [shown, setShown] = useState<Shown>('company');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const canEdit = EDITORS.includes(user?.role ?? '');
  const saved = useAsync(editing ? (signal) => api('GET /api/journey/map', { signal }) : null, [editing]);
  const res = useAsync(
    (signal) =>
      api('GET /api/journey', {
        query: { preset: shown === 'company' ? undefined : shown, period: params.period },
        signal,
      }),
    [shown, params.period],
  );
  const ready = !!res.data && !res.loading && res.data.preset === shown;
  // Adopting a preset saves its stages as they are drawn, without the period's figures.
  const adopt = async () => {
    // Only the preset on screen: while another answer loads, the old one is still drawn.
    if (!ready || !res.data) return;
    setSaving(true);
    setSaveError(null);
    try {
      const stages = res.data.stages.map(({ passage: _p, leverValues: _v, ...definition }) => definition);
      await api('PUT /api/journey/map', { body: { preset: res.data.preset, stages } });
      setShown('company');
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };
  const tree = treeOf(meta, 'profit');
  const data = res.data;
  const c = data?.constraint ?? null;
  const cStage = c ? data?.stages[c.position - 1] : undefined;
  const nIndex = data ? data.stages.findIndex((s) => s.id === data.narrowest) : -1;
  const nStage = nIndex >= 0 ? data?.stages[nIndex] : undefined;
  return (
    <Panel
      title={t('journey.title')}
      actions={
        <div className="journey-presets">
          <Segmented
            label={t('journey.preset')}
            value={shown}
            options={[
              { value: 'company' as const, label: t('journey.company') },
              ...PRESETS.map((p) => ({ value: p, label: t(`journey.preset.${p}`) })),
            ]}
            onChange={setShown}
          />
        </div>
      }
    >
      <div className="controls">
        <PeriodInput
          label={t('controls.period')}
          testId="period"
          value={params.period || periodText(meta.defaults?.period)}
          onChange={(period) => set({ period })}
        />
      </div>
      {shown === 'company' && canEdit && !editing ? (
        <p className="journey-adopt">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            {t('journey.edit')}
          </button>
        </p>
      ) : null}
      {editing && saved.data ? (
        <JourneyEditor
          map={saved.data.map}
          onDone={(done) => {
            setEditing(false);
            if (done) res.reload();
          }}
        />
      ) : null}
      {shown !== 'company' && canEdit ? (
        <p className="journey-adopt">
          <button type="button" className="btn" disabled={saving || !ready} onClick={() => void adopt()}>
            {t('journey.adopt')}
          </button>{' '}
          <span className="muted small">{t('journey.adoptNote')}</span>
        </p>
      ) : null}
      {saveError ? <ErrorBox error={saveError} /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {!data ? (
        res.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="journey-summary" data-testid="journey-constraint">
            {c && cStage
              ? t('journey.constraint', {
                  lever: c.lever,
                  dim: c.dimensionName[lang],
                  n: c.position,
                  stage: cStage.name[lang],
                })
              : t('journey.noConstraint')}
          </p>
          {nStage && nStage.passage.lost !== null ? (
            <p className="journey-summary">
              {t('journey.narrowest', {
                n: nIndex + 1,
                stage: nStage.name[lang],
                lost: formatRatio(nStage.passage.lost, lang, 1),
              })}
            </p>
          ) : null}
          <ol className="journey-map">
            {data.stages.map((s, i) => (
              <JourneyStageCard
                key={s.id}
                stage={s}
                position={i + 1}
                tree={tree}
                constraint={c?.stageId === s.id}
                narrowest={data.narrowest === s.id}
              />
            ))}
          </ol>
          <p className="muted small">{t('journey.counts')}</p>
        </>
      )}
    </Panel>
  );
}

/** The customer journey map: six stages tied to the formula's levers, the key constraint's stage marked. */
export function JourneyPage() {
  return <MetaGate>{(meta) => <JourneyView meta={meta} />}</MetaGate>;
}
