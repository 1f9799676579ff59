/**
 * The monthly marketer plan: one schema for the plan file (`fulcrum kpi plan import`), the API's
 * body and its answer. Anything left out takes the methodology's figures (70/30, 70–140%, 75%
 * quality, tasks from 50%); the service checks what a schema cannot (weights summing to 1).
 */
import { z } from 'zod';
import { bounds, share } from './parts.ts';

/** A task agreed for the month (or a calendar task of the quarter); completion 0..1 is entered. */
export const PlanTaskSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    weight: share,
    completion: z.number().min(0).nullable().default(null).meta({ description: '0..1; null until assessed' }),
  })
  .meta({ id: 'KpiPlanTask' });

const planned = z.object({ weight: share, plan: z.number().positive() });

const planFields = {
  name: z.string().optional(),
  position: z.string().optional(),
  channels: z.array(z.string()).default([]).meta({ description: 'the scope; empty: all channels' }),
  bonus: z.number().nonnegative().meta({ description: 'bonus base, roubles, gross' }),
  discretionary: z
    .number()
    .nonnegative()
    .default(0)
    .meta({ description: "part 3: the manager's bonus, roubles" }),
  split: z.object({ leads: share, tasks: share }).optional(),
  corridor: bounds.optional(),
  leads: planned,
  newClientShare: planned,
  quality: z.object({ plan: z.number().positive(), cap: z.number().positive() }).optional(),
  taskRule: bounds.optional(),
  tasks: z.array(PlanTaskSchema).default([]),
};

/** A monthly plan file: the employee, their scope and the plan. */
export const PlanFileSchema = z.object({
  employee: z.string().min(1),
  period: z.string().regex(/^\d{4}-\d{2}$/, 'period is YYYY-MM'),
  ...planFields,
});

/** A PUT body: the plan file; employee and period come from the path (sent ones are ignored). */
export const PlanBodySchema = z
  .object({ employee: z.string().optional(), period: z.string().optional(), ...planFields })
  .meta({ id: 'KpiPlanInput' });

/** A stored monthly plan as `fulcrum kpi plan export` writes it: every default filled in. */
export const PlanSchema = PlanFileSchema.extend({
  name: z.string(),
  split: z.object({ leads: share, tasks: share }),
  corridor: bounds,
  quality: z.object({ plan: z.number(), cap: z.number() }),
  taskRule: bounds,
  leads: z.object({ weight: share, plan: z.number() }),
  newClientShare: z.object({ weight: share, plan: z.number() }),
}).meta({ id: 'KpiPlan' });

export type PlanFile = z.output<typeof PlanFileSchema>;
export type StoredPlan = z.output<typeof PlanSchema>;
export type PlanBody = z.input<typeof PlanBodySchema>;
