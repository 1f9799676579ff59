import { useState, type ReactNode } from 'react';
import { EditorFooter } from '../editor-footer.tsx';
import { useRequest } from '../../../app/use-request.ts';
import { TaskRows } from '../analyst/task-rows.tsx';
import { api } from '../../../api/client.ts';
import { formatRatio } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { T } from '../../../i18n/translate.ts';
import type { MessageKey } from '../../../i18n/ru.ts';
import type { KpiDefinition } from '../kpi-types.ts';
import {
  fromQuarterDraft,
  newCalendarTaskId,
  newKpiDraft,
  quarterSums,
  ROMI_BASIS_NAMES,
  toQuarterDraft,
  type KpiDraft,
  type QuarterDraft,
  type QuarterField,
  type QuarterGroup,
  type QuarterPlanFile,
  type QuarterProblem,
  type RomiBasis,
} from './quarter-draft.ts';
import './quarter.css';
import type { Lang } from '../../../format/format.ts';

/** A catalogue KPI as the editor offers it. */
/** What the editor reads of a catalogue KPI (GET /api/kpi/catalogue). */
export type CatalogueKpi = Pick<KpiDefinition, 'id' | 'name' | 'unit'>;

const fieldKey = (f: QuarterField) => `kpi.quarter.f.${f}` as MessageKey;
const groupKey = (g: QuarterGroup) => `kpi.quarter.group.${g}` as MessageKey;

function problemText(p: QuarterProblem, t: T, lang: Lang, name: (kpi: string) => string): string {
  switch (p.kind) {
    case 'number':
      return t('kpi.quarter.err.number', { field: t(fieldKey(p.field)) });
    case 'positive':
      return t('kpi.quarter.err.positive', { field: t(fieldKey(p.field)) });
    case 'horizon':
      return t('kpi.quarter.err.horizon');
    case 'kpiNumber':
      return t('kpi.quarter.err.kpi', { kpi: name(p.kpi), what: t(`kpi.quarter.${p.what}` as MessageKey) });
    case 'kpiTwice':
      return t('kpi.quarter.err.kpiTwice', { kpi: name(p.kpi) });
    case 'noKpis':
      return t('kpi.quarter.err.noKpis');
    case 'taskName':
      return t('kpi.quarter.err.taskName', { n: p.task });
    case 'taskNumber':
      return t(p.what === 'weight' ? 'kpi.quarter.err.taskWeight' : 'kpi.quarter.err.taskDone', {
        n: p.task,
      });
    case 'sum':
      return t('kpi.quarter.err.sum', { group: t(groupKey(p.group)), sum: formatRatio(p.sum, lang, 1) });
  }
}

function SumBadge({ group, sum }: { group: QuarterGroup; sum: number | null }) {
  const { t, lang } = useI18n();
  if (sum === null) return null;
  const ok = Number.isFinite(sum) && Math.abs(sum - 1) <= 1e-9;
  return (
    <p className={`plan-sum ${ok ? 'ok' : 'bad'}`} data-testid={`quarter-sum-${group}`}>
      {t('kpi.quarter.sum', { sum: Number.isFinite(sum) ? formatRatio(sum, lang, 1) : '—' })}
    </p>
  );
}

function Group({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="plan-group">
      <legend>{title}</legend>
      {hint ? <p className="quarter-hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/**
 * Edits an employee's quarterly plan: the bonus base and its split, the quarterly KPIs (ROMI, MRE
 * or any catalogue KPI) with weights, plans and — when the data cannot give it or is overruled —
 * a fact with its source, the calendar tasks, and how ROMI is read from the data. Weights are
 * checked as they are typed; the server refuses a calendar task already paid monthly.
 */
export function QuarterEditor({
  plan,
  catalogue,
  canEdit,
  isNew,
  onSaved,
  onDeleted,
}: {
  plan: QuarterPlanFile;
  catalogue: readonly CatalogueKpi[];
  canEdit: boolean;
  isNew: boolean;
  onSaved: (plan: QuarterPlanFile) => void;
  onDeleted: () => void;
}) {
  const { t, lang } = useI18n();
  const units = Object.fromEntries(catalogue.map((k) => [k.id, k.unit]));
  const name = (kpi: string) => catalogue.find((k) => k.id === kpi)?.name[lang] ?? kpi;
  const [draft, setDraft] = useState<QuarterDraft>(() => toQuarterDraft(plan, units, lang));
  const { busy, error, saved, setSaved, setError, run } = useRequest();
  const [adding, setAdding] = useState('');
  const checked = fromQuarterDraft(draft, plan);
  const sums = quarterSums(draft);
  const params = { employee: plan.employee, quarter: plan.period };
  const edit = (patch: Partial<QuarterDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };
  const editKpi = (i: number, patch: Partial<KpiDraft>) =>
    edit({ kpis: draft.kpis.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const field = (f: QuarterField) => (
    <label className="field" key={f}>
      <span>{t(fieldKey(f))}</span>
      <input
        name={`q-${f}`}
        inputMode="decimal"
        autoComplete="off"
        value={draft[f]}
        disabled={!canEdit}
        aria-invalid={checked.problems.some((p) => 'field' in p && p.field === f)}
        onChange={(e) => edit({ [f]: e.target.value } as Partial<QuarterDraft>)}
      />
    </label>
  );

  const kpiInput = (
    k: KpiDraft,
    i: number,
    what: 'weight' | 'plan' | 'base' | 'norm' | 'target' | 'fact',
  ) => (
    <label className="field" key={what}>
      <span>
        {t(`kpi.quarter.${what}` as MessageKey)}
        {what !== 'weight' && k.percent ? ', %' : ''}
      </span>
      <input
        name={`q-kpi-${k.kpi}-${what}`}
        inputMode="decimal"
        autoComplete="off"
        value={k[what]}
        placeholder={what === 'fact' ? t('kpi.quarter.factFromData') : undefined}
        disabled={!canEdit}
        aria-invalid={checked.problems.some(
          (p) => p.kind === 'kpiNumber' && p.kpi === k.kpi && p.what === what,
        )}
        onChange={(e) => editKpi(i, { [what]: e.target.value })}
      />
    </label>
  );

  const save = async () => {
    const body = checked.plan;
    if (!body) return;
    await run(async () =>
      onSaved(await api('PUT /api/kpi/quarter-plans/{employee}/{quarter}', { params, body })),
    );
  };

  const remove = async () => {
    if (!window.confirm(t('kpi.quarter.deleteConfirm', { name: plan.name, quarter: plan.period }))) return;
    await run(async () => {
      await api('DELETE /api/kpi/quarter-plans/{employee}/{quarter}', { params });
      onDeleted();
    }, false);
  };

  const offered = catalogue.filter((k) => !draft.kpis.some((d) => d.kpi === k.id));

  return (
    <form
      className="plan-editor quarter-editor"
      data-testid="quarter-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {canEdit ? null : <p className="notice">{t('kpi.quarter.readOnly')}</p>}
      {isNew && canEdit ? (
        <p className="notice" data-testid="quarter-new">
          {t('kpi.quarter.new')}
        </p>
      ) : null}
      <Group title={t('kpi.quarter.bonusGroup')}>
        <div className="plan-fields">{field('bonus')}</div>
      </Group>
      <Group title={t('kpi.quarter.partsGroup')}>
        <div className="plan-fields">{(['splitKpis', 'splitTasks'] as const).map(field)}</div>
        <SumBadge group="parts" sum={sums.parts} />
      </Group>
      <Group title={t('kpi.quarter.kpisGroup')} hint={t('kpi.quarter.kpisHint')}>
        <ol className="quarter-kpis" data-testid="quarter-kpis">
          {draft.kpis.map((k, i) => (
            <li key={k.kpi} className="quarter-kpi" data-kpi={k.kpi}>
              <div className="quarter-kpi-head">
                <strong>{name(k.kpi)}</strong>
                {canEdit ? (
                  <button
                    type="button"
                    className="btn plan-remove"
                    aria-label={t('kpi.quarter.removeKpi', { kpi: name(k.kpi) })}
                    title={t('kpi.quarter.removeKpi', { kpi: name(k.kpi) })}
                    onClick={() => edit({ kpis: draft.kpis.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                ) : null}
              </div>
              <div className="plan-fields">
                {kpiInput(k, i, 'weight')}
                {k.curve
                  ? (['base', 'norm', 'target'] as const).map((w) => kpiInput(k, i, w))
                  : kpiInput(k, i, 'plan')}
                {kpiInput(k, i, 'fact')}
                {k.fact.trim() !== '' ? (
                  <label className="field quarter-source">
                    <span>{t('kpi.quarter.source')}</span>
                    <input
                      name={`q-kpi-${k.kpi}-source`}
                      value={k.source}
                      disabled={!canEdit}
                      onChange={(e) => editKpi(i, { source: e.target.value })}
                    />
                  </label>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
        <SumBadge group="kpis" sum={sums.kpis} />
        {canEdit && offered.length > 0 ? (
          <div className="quarter-add">
            <label className="field">
              <span>{t('kpi.quarter.catalogue')}</span>
              <select name="q-add-kpi" value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="" />
                {offered.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name[lang]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn"
              disabled={adding === ''}
              onClick={() => {
                edit({ kpis: [...draft.kpis, newKpiDraft(adding, units[adding])] });
                setAdding('');
              }}
            >
              {t('kpi.quarter.addKpi')}
            </button>
          </div>
        ) : null}
      </Group>
      <Group title={t('kpi.quarter.tasksGroup')} hint={t('kpi.quarter.tasksHint')}>
        <TaskRows
          tasks={draft.tasks}
          canEdit={canEdit}
          prefix="q-task"
          testId="quarter"
          onChange={(tasks) => edit({ tasks })}
          newTask={(tasks) => ({ id: newCalendarTaskId(tasks), name: '', weight: '', completion: '' })}
          sum={<SumBadge group="tasks" sum={sums.tasks} />}
        />
        <div className="plan-fields">{(['taskFloor', 'taskCap'] as const).map(field)}</div>
      </Group>
      <Group title={t('kpi.quarter.romiGroup')}>
        <div className="plan-fields">
          <label className="field">
            <span>{t('kpi.quarter.basis')}</span>
            <select
              name="q-basis"
              value={draft.basis}
              disabled={!canEdit}
              onChange={(e) => edit({ basis: e.target.value as RomiBasis })}
            >
              {Object.entries(ROMI_BASIS_NAMES).map(([basis, name]) => (
                <option key={basis} value={basis}>
                  {t(name)}
                </option>
              ))}
            </select>
          </label>
          {(['horizon', 'otherCosts', 'corridorFloor', 'corridorCap'] as const).map(field)}
        </div>
      </Group>
      <EditorFooter
        canEdit={canEdit}
        problems={checked.problems.map((p) => problemText(p, t, lang, name))}
        error={error}
        saved={saved}
        busy={busy}
        canSave={checked.plan !== null}
        onReset={() => {
          setDraft(toQuarterDraft(plan, units, lang));
          setError(null);
        }}
        testId="quarter"
        more={
          isNew ? null : (
            <button type="button" className="btn" disabled={busy} onClick={() => void remove()}>
              {t('kpi.quarter.delete')}
            </button>
          )
        }
      />
    </form>
  );
}
