import { z } from '@hono/zod-openapi';

// The fields are described for clients; the service checks the plan itself (weights, KPI ids,
// plans, no double pay) and names what is wrong, as `fulcrum kpi quarter plan import` does.

const share = z.number().min(0).max(1);

const QuarterKpiSchema = z
  .object({
    kpi: z.string().openapi({ example: 'romi', description: 'catalogue KPI id (GET /api/kpi/catalogue)' }),
    weight: share.openapi({ description: 'share of the KPI part; the KPIs’ weights sum to 1' }),
    plan: z.number().optional().openapi({ description: 'plan, paid through the corridor' }),
    base: z.number().optional(),
    norm: z.number().optional(),
    target: z.number().optional(),
    cap: z.number().optional().openapi({ description: 'highest paid completion' }),
    fact: z
      .number()
      .nullable()
      .optional()
      .openapi({ description: 'a fact typed in; absent or null: computed from the data for the scope' }),
    source: z.string().optional().openapi({ description: 'where the typed-in fact came from' }),
  })
  .openapi('KpiQuarterKpi');

const QuarterTaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  weight: share,
  completion: z.number().nullable().openapi({ description: '0..1; null until assessed' }),
});

/**
 * A quarterly plan as `fulcrum kpi quarter plan export` writes it. In a PUT, employee and period
 * come from the path; left-out parts take Fulcrum's defaults (70/30, corridor 70–140%, tasks from
 * 50%, ROMI by margin over a 12-month LTV).
 */
export const QuarterPlanSchema = z
  .object({
    employee: z.string().optional(),
    name: z.string().optional(),
    position: z.string().optional(),
    channels: z.array(z.string()).optional().openapi({ description: 'the scope; empty: all channels' }),
    period: z.string().optional().openapi({ example: '2024-Q1' }),
    bonus: z.number().nonnegative().openapi({ description: 'quarterly bonus base, roubles, gross' }),
    split: z.object({ kpis: share, tasks: share }).optional(),
    corridor: z.object({ floor: z.number(), cap: z.number() }).optional(),
    kpis: z.array(QuarterKpiSchema),
    tasks: z.array(QuarterTaskSchema).optional().openapi({ description: 'calendar tasks' }),
    taskRule: z.object({ floor: z.number(), cap: z.number() }).optional(),
    romi: z
      .object({
        basis: z.enum(['margin', 'revenue']).optional(),
        horizon: z.number().int().optional().openapi({ description: 'LTV months since acquisition' }),
        otherCosts: z.number().optional().openapi({ description: 'marketing costs outside the spend table' }),
      })
      .optional()
      .openapi({ description: 'how ROMI is read from the data' }),
  })
  .openapi('KpiQuarterStoredPlan');

const pathText = (name: string, description: string, example: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: 'path' }, description, example });

export const QuarterParams = z.object({
  employee: pathText('employee', 'employee id', 'anna'),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'quarter is YYYY-Q1..YYYY-Q4')
    .openapi({ param: { name: 'quarter', in: 'path' }, description: 'quarter, YYYY-Qn', example: '2024-Q1' }),
});
