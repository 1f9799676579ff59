import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { TaskDraft } from './task-draft.ts';

/**
 * The tasks of a plan — monthly tasks or a quarter's calendar tasks — as rows of name, weight and
 * completion, each removable, with "Add a task" below. `prefix` names the inputs (`task-0-name`)
 * and the list's test id (`plan` → `plan-tasks`).
 */
export function TaskRows<D extends TaskDraft>({
  tasks,
  canEdit,
  prefix,
  testId,
  onChange,
  newTask,
  sum,
}: {
  tasks: readonly D[];
  canEdit: boolean;
  prefix: string;
  testId: string;
  onChange: (tasks: D[]) => void;
  /** A blank task with an id not yet taken. */
  newTask: (tasks: readonly D[]) => D;
  /** Shown between the rows and the add button: the weights' sum. */
  sum?: ReactNode;
}) {
  const { t } = useI18n();
  const edit = (i: number, patch: Partial<TaskDraft>) =>
    onChange(tasks.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <>
      <ol className="plan-tasks" data-testid={`${testId}-tasks`}>
        {tasks.map((task, i) => (
          <li key={task.id} className="plan-task">
            <label className="field name">
              <span>
                {t('kpi.plan.taskName')} {i + 1}
              </span>
              <input
                name={`${prefix}-${i}-name`}
                value={task.name}
                disabled={!canEdit}
                onChange={(e) => edit(i, { name: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('kpi.plan.taskWeight')}</span>
              <input
                name={`${prefix}-${i}-weight`}
                inputMode="decimal"
                value={task.weight}
                disabled={!canEdit}
                onChange={(e) => edit(i, { weight: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('kpi.plan.taskDone')}</span>
              <input
                name={`${prefix}-${i}-completion`}
                inputMode="decimal"
                value={task.completion}
                disabled={!canEdit}
                onChange={(e) => edit(i, { completion: e.target.value })}
              />
            </label>
            {canEdit ? (
              <button
                type="button"
                className="btn plan-remove"
                aria-label={t('kpi.plan.removeTask', { n: i + 1 })}
                title={t('kpi.plan.removeTask', { n: i + 1 })}
                onClick={() => onChange(tasks.filter((_, j) => j !== i))}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {sum}
      {canEdit ? (
        <button type="button" className="btn" onClick={() => onChange([...tasks, newTask(tasks)])}>
          {t('kpi.plan.addTask')}
        </button>
      ) : null}
    </>
  );
}
