import { useState, type ReactNode } from 'react';
import { EditorFooter } from '../editor-footer.tsx';
import { useRequest } from '../../../app/use-request.ts';
import { TaskRows } from '../analyst/task-rows.tsx';
import { api } from '../../../api/client.ts';
import { formatRatio } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/ru.ts';
import {
  fromDraft,
  newTaskId,
  toDraft,
  weightSums,
  type DraftField,
  type DraftProblem,
  type PlanDraft,
  type PlanFile,
  type WeightGroup,
} from './plan-draft.ts';
import type { PlanBody } from '../kpi-types.ts';

const fieldKey = (f: DraftField) => `kpi.plan.f.${f}` as MessageKey;
const groupKey = (g: WeightGroup) => `kpi.plan.group.${g}` as MessageKey;

/** A problem of the draft as a sentence. */
function problemText(p: DraftProblem, t: ReturnType<typeof useI18n>['t'], lang: 'ru' | 'en'): string {
  switch (p.kind) {
    case 'number':
      return t('kpi.plan.err.number', { field: t(fieldKey(p.field)) });
    case 'positive':
      return t('kpi.plan.err.positive', { field: t(fieldKey(p.field)) });
    case 'taskName':
      return t('kpi.plan.err.taskName', { n: p.task });
    case 'taskNumber':
      return t(p.what === 'weight' ? 'kpi.plan.err.taskWeight' : 'kpi.plan.err.taskDone', { n: p.task });
    case 'sum':
      return t('kpi.plan.err.sum', { group: t(groupKey(p.group)), sum: formatRatio(p.sum, lang, 1) });
  }
}

/** "Weights add up to 100%", marked when they do not. */
export function SumBadge({ group, sum }: { group: string; sum: number | null }) {
  const { t, lang } = useI18n();
  if (sum === null) return null;
  const ok = Number.isFinite(sum) && Math.abs(sum - 1) <= 1e-9;
  return (
    <p className={`plan-sum ${ok ? 'ok' : 'bad'}`} data-testid={`plan-sum-${group}`}>
      {t('kpi.plan.sum', { sum: Number.isFinite(sum) ? formatRatio(sum, lang, 1) : '—' })}
    </p>
  );
}

/** A titled group of the plan's fields. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="plan-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Edits an employee's monthly plan: bonus base, the parts' split, the two lead KPIs with weights
 * and plans, corridor and quality bounds, the tasks with weights and completion, the discretionary
 * part. Weights are checked as they are typed; saving is refused until each group makes 100%.
 * A new plan passes `start`, the draft to begin from (blanks where the user must type).
 */
export function PlanEditor({
  plan,
  start,
  canEdit,
  onSaved,
}: {
  plan: PlanFile;
  start?: PlanDraft;
  canEdit: boolean;
  onSaved: (plan: PlanFile) => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<PlanDraft>(() => start ?? toDraft(plan, lang));
  const { busy: saving, error: saveError, saved, setSaved, setError: setSaveError, run } = useRequest();
  const checked = fromDraft(draft, plan);
  const sums = weightSums(draft);
  const edit = (patch: Partial<PlanDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const field = (f: DraftField) => (
    <label className="field" key={f}>
      <span>{t(fieldKey(f))}</span>
      <input
        name={f}
        inputMode="decimal"
        autoComplete="off"
        value={draft[f]}
        disabled={!canEdit}
        aria-invalid={checked.problems.some((p) => 'field' in p && p.field === f)}
        onChange={(e) => edit({ [f]: e.target.value } as Partial<PlanDraft>)}
      />
    </label>
  );

  const save = async () => {
    const body = checked.plan;
    if (!body) return;
    await run(async () => {
      const path = `/kpi/plans/${encodeURIComponent(plan.employee)}/${plan.period}`;
      onSaved(await api<PlanFile>(path, { method: 'PUT', body: body satisfies PlanBody }));
    });
  };

  return (
    <form
      className="plan-editor"
      data-testid="plan-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {canEdit ? null : <p className="notice">{t('kpi.plan.readOnly')}</p>}
      <Group title={t('kpi.plan.bonusGroup')}>
        <div className="plan-fields">{(['bonus', 'discretionary'] as const).map(field)}</div>
      </Group>
      <Group title={t('kpi.plan.partsGroup')}>
        <div className="plan-fields">{(['splitLeads', 'splitTasks'] as const).map(field)}</div>
        <SumBadge group="parts" sum={sums.parts} />
      </Group>
      <Group title={t('kpi.plan.part1Group')}>
        <div className="plan-fields">
          {(['leadsWeight', 'leadsPlan', 'newWeight', 'newPlan'] as const).map(field)}
        </div>
        <SumBadge group="part1" sum={sums.part1} />
      </Group>
      <Group title={t('kpi.plan.corridorGroup')}>
        <div className="plan-fields">
          {(['corridorFloor', 'corridorCap', 'qualityPlan', 'qualityCap'] as const).map(field)}
        </div>
      </Group>
      <Group title={t('kpi.plan.tasksGroup')}>
        <TaskRows
          tasks={draft.tasks}
          canEdit={canEdit}
          prefix="task"
          testId="plan"
          onChange={(tasks) => edit({ tasks })}
          newTask={(tasks) => ({ id: newTaskId(tasks), name: '', weight: '', completion: '' })}
          sum={<SumBadge group="tasks" sum={sums.tasks} />}
        />
        <div className="plan-fields">{(['taskFloor', 'taskCap'] as const).map(field)}</div>
      </Group>
      <EditorFooter
        canEdit={canEdit}
        problems={checked.problems.map((p) => problemText(p, t, lang))}
        error={saveError}
        saved={saved}
        busy={saving}
        canSave={checked.plan !== null}
        onReset={() => {
          setDraft(start ?? toDraft(plan, lang));
          setSaveError(null);
        }}
        testId="plan"
      />
    </form>
  );
}
