import { parseTyped, tidy } from '../draft-number.ts';
import type { PlanFile } from '../kpi-types.ts';

/** A task as an editor holds it — a monthly task or a quarter's calendar task: the texts typed. */
export interface TaskDraft {
  id: string;
  name: string;
  weight: string;
  completion: string;
}

/** A checked task, as plans store it: weight and completion as fractions; completion null until entered. */
export type CheckedTask = PlanFile['tasks'][number];

/** What can be wrong with a task row (1-based `task`). */
export type TaskProblem =
  { kind: 'taskName'; task: number } | { kind: 'taskNumber'; task: number; what: 'weight' | 'completion' };

/**
 * The typed task rows as tasks, percent to fractions, each problem handed to `report`: a task
 * needs a name and a weight of 0–100%; completion may stay empty ("no data") but not be junk or
 * negative.
 */
export function tasksFromDrafts(
  drafts: readonly TaskDraft[],
  report: (p: TaskProblem) => void,
): CheckedTask[] {
  return drafts.map((t, i) => {
    if (t.name.trim() === '') report({ kind: 'taskName', task: i + 1 });
    const w = parseTyped(t.weight);
    if (w === null || Number.isNaN(w) || w < 0 || w > 100)
      report({ kind: 'taskNumber', task: i + 1, what: 'weight' });
    const c = parseTyped(t.completion);
    if (Number.isNaN(c) || (c !== null && c < 0))
      report({ kind: 'taskNumber', task: i + 1, what: 'completion' });
    return {
      id: t.id,
      name: t.name.trim(),
      weight: tidy((w ?? 0) / 100),
      completion: c === null || Number.isNaN(c) ? null : tidy(c / 100),
    };
  });
}
