import type { ReactNode } from 'react';
import { fieldProblemText, PlanForm, usePlanDraft } from '../plan-form.tsx';
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
import type { Lang } from '../../../format/format.ts';

const fieldKey = (f: DraftField) => `kpi.plan.f.${f}` as MessageKey;
const groupKey = (g: WeightGroup) => `kpi.plan.group.${g}` as MessageKey;

/** A problem of the draft as a sentence. */
function problemText(p: DraftProblem, t: ReturnType<typeof useI18n>['t'], lang: Lang): string {
  switch (p.kind) {
    case 'number':
    case 'positive':
      return fieldProblemText(p.kind, t(fieldKey(p.field)), t);
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
  const { draft, edit, input, form } = usePlanDraft<PlanDraft>(() => start ?? toDraft(plan, lang));
  const checked = fromDraft(draft, plan);
  const sums = weightSums(draft);

  const field = (f: DraftField) =>
    input(
      f,
      f,
      t(fieldKey(f)),
      !canEdit,
      checked.problems.some((p) => 'field' in p && p.field === f),
    );
  const params = { employee: plan.employee, period: plan.period };
  const put = (body: PlanFile) => api('PUT /api/kpi/plans/{employee}/{period}', { params, body });

  return (
    <PlanForm
      testId="plan-editor"
      canEdit={canEdit}
      {...form(checked, (p) => problemText(p, t, lang), put, onSaved)}
    >
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
    </PlanForm>
  );
}
