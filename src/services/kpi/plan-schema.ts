import { z } from 'zod';
import { defaultMarketerPlan, type MarketerPlan } from '../../core/kpi/index.ts';

const share = z.number().min(0).max(1);
const task = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  weight: share,
  completion: z.number().min(0).nullable().default(null),
});

/**
 * A monthly plan file (JSON or the XLSX export read back): the employee, their scope and the plan.
 * Anything left out takes the methodology's figures (70/30, 70–140%, 75% quality, tasks from 50%).
 */
export const planFileSchema = z.object({
  employee: z.string().min(1),
  name: z.string().optional(),
  position: z.string().optional(),
  channels: z.array(z.string()).default([]),
  period: z.string().regex(/^\d{4}-\d{2}$/, 'period is YYYY-MM'),
  bonus: z.number().nonnegative(),
  discretionary: z.number().nonnegative().default(0),
  split: z.object({ leads: share, tasks: share }).optional(),
  corridor: z.object({ floor: z.number().min(0), cap: z.number().positive() }).optional(),
  leads: z.object({ weight: share, plan: z.number().positive() }),
  newClientShare: z.object({ weight: share, plan: z.number().positive() }),
  quality: z.object({ plan: z.number().positive(), cap: z.number().positive() }).optional(),
  taskRule: z.object({ floor: z.number().min(0), cap: z.number().positive() }).optional(),
  tasks: z.array(task).default([]),
});
export type PlanFile = z.infer<typeof planFileSchema>;

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
