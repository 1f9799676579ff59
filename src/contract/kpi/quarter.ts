/**
 * The quarterly plan: one schema for the plan file (`fulcrum kpi quarter plan import`), the API's
 * bodies and its answer. The service checks what a schema cannot (weights, KPI ids, no double pay)
 * and names what is wrong. Left-out parts take Fulcrum's defaults (70/30, corridor 70–140%, tasks
 * from 50%, ROMI by margin over a 12-month LTV).
 */
import { z } from 'zod';
import { ROMI_BASES } from '../../core/kpi/romi.ts';
import { bounds, pathText, share } from './parts.ts';
import { PlanTaskSchema } from './plan.ts';

const QuarterKpiSchema = z
  .object({
    kpi: z
      .string()
      .min(1)
      .meta({ example: 'romi', description: 'catalogue KPI id (GET /api/kpi/catalogue)' }),
    weight: share.meta({ description: 'share of the KPI part; the KPIs’ weights sum to 1' }),
    plan: z.number().positive().optional().meta({ description: 'plan, paid through the corridor' }),
    base: z.number().optional(),
    norm: z.number().optional(),
    target: z.number().optional(),
    cap: z.number().positive().optional().meta({ description: 'highest paid completion' }),
    fact: z
      .number()
      .nullable()
      .optional()
      .meta({ description: 'a fact typed in; absent or null: computed from the data for the scope' }),
    source: z.string().min(1).optional().meta({ description: 'where the typed-in fact came from' }),
  })
  .meta({ id: 'KpiQuarterKpi' });

/** How ROMI is read from the data; the bases are core's list (core/kpi/romi.ts). */
export const RomiReadingSchema = z
  .object({
    basis: z.enum(ROMI_BASES).meta({ description: 'LTV by gross margin or by revenue' }),
    horizon: z.number().int().min(1).max(120).meta({ description: 'LTV months since acquisition' }),
    otherCosts: z.number().nonnegative().meta({ description: 'marketing costs outside the spend table' }),
  })
  .meta({ id: 'KpiRomiReading' });

const quarterFields = {
  name: z.string().optional(),
  position: z.string().optional(),
  channels: z.array(z.string()).default([]).meta({ description: 'the scope; empty: all channels' }),
  bonus: z.number().nonnegative().meta({ description: 'quarterly bonus base, roubles, gross' }),
  split: z.object({ kpis: share, tasks: share }).optional(),
  corridor: bounds.optional(),
  kpis: z.array(QuarterKpiSchema).min(1),
  tasks: z.array(PlanTaskSchema).default([]).meta({ description: 'calendar tasks' }),
  taskRule: bounds.optional(),
  romi: RomiReadingSchema.partial().optional().meta({ description: 'how ROMI is read from the data' }),
};

const quarterText = z.string().regex(/^\d{4}-Q[1-4]$/, 'period is a quarter, YYYY-Q1..YYYY-Q4');

/** A quarterly plan file, and the body of POST /api/kpi/quarter (a sheet from a plan not stored). */
export const QuarterPlanFileSchema = z
  .object({ employee: z.string().min(1), period: quarterText.meta({ example: '2024-Q1' }), ...quarterFields })
  .meta({ id: 'KpiQuarterPlan' });

/** A PUT body: the plan file; employee and period come from the path (sent ones are ignored). */
export const QuarterPlanBodySchema = z
  .object({ employee: z.string().optional(), period: z.string().optional(), ...quarterFields })
  .meta({ id: 'KpiQuarterPlanInput' });

/** A stored plan as `fulcrum kpi quarter plan export` writes it and the API answers: defaults filled in. */
export const QuarterPlanSchema = QuarterPlanFileSchema.extend({
  name: z.string(),
  split: z.object({ kpis: share, tasks: share }),
  corridor: bounds,
  taskRule: bounds,
  romi: RomiReadingSchema,
}).meta({ id: 'KpiQuarterStoredPlan' });

export const QuarterParams = z.object({
  employee: pathText('employee', 'employee id', 'anna'),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'quarter is YYYY-Q1..YYYY-Q4')
    .meta({ param: { name: 'quarter', in: 'path' }, description: 'quarter, YYYY-Qn', example: '2024-Q1' }),
});

export type QuarterPlanFile = z.output<typeof QuarterPlanFileSchema>;
export type StoredQuarterPlan = z.output<typeof QuarterPlanSchema>;
export type QuarterPlanBody = z.input<typeof QuarterPlanBodySchema>;
