import { defaultMarketerPlan, type MarketerPlan } from '../../core/kpi/index.ts';
import type { PlanFile } from '../../contract/kpi/plan.ts';

// The plan file's schema is the API contract's (src/contract/kpi/plan.ts): one shape for the file,
// the API's body and its answer.
export type { PlanFile, StoredPlan } from '../../contract/kpi/plan.ts';

/** The core plan a file describes, defaults filled in. */
export function toMarketerPlan(f: PlanFile): MarketerPlan {
  const d = defaultMarketerPlan(f.employee, f.period, f.bonus);
  return {
    ...d,
    discretionary: f.discretionary,
    split: f.split ?? d.split,
    corridor: f.corridor ?? d.corridor,
    leads: f.leads,
    newClientShare: f.newClientShare,
    quality: f.quality ?? d.quality,
    taskRule: f.taskRule ?? d.taskRule,
    tasks: f.tasks,
  };
}
