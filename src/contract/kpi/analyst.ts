import { z } from '@hono/zod-openapi';

const date = z.string().openapi({ example: '2025-05-07', description: 'YYYY-MM-DD or DD.MM.YYYY' });

/** A register entry as stored (the id comes from the path when writing). */
export const RegisterEntrySchema = z
  .looseObject({
    id: z.string(),
    kind: z.enum(['regular', 'adhoc']),
    type: z.string(),
    title: z.string(),
    due: z.string().nullable().optional(),
    agreed: z.string().nullable().optional(),
    requested: z.string().nullable().optional(),
    delivered: z.string().nullable(),
    remarks: z.array(z.object({ date: z.string(), text: z.string() })),
  })
  .openapi('RegisterEntry');

/** An entry to store: checked by the same rules as `fulcrum kpi analyst add`. */
export const RegisterEntryBodySchema = z
  .looseObject({
    kind: z.enum(['regular', 'adhoc']),
    type: z.string(),
    title: z.string(),
    due: date.nullable().optional(),
    agreed: date.nullable().optional(),
    requested: date.nullable().optional(),
    delivered: date.nullable().optional(),
    remarks: z.array(z.object({ date, text: z.string() })).optional(),
  })
  .openapi('RegisterEntryInput');

export const RemarkBodySchema = z.object({ date, text: z.string().min(1) }).openapi('Remark');

/** An analyst's monthly plan; left-out parts take Fulcrum's defaults (docs/kpi-analyst.md). */
export const AnalystPlanSchema = z
  .looseObject({
    bonus: z.number(),
    kpis: z
      .array(z.looseObject({ kpi: z.enum(['timeliness', 'completeness', 'quality']), weight: z.number() }))
      .optional(),
    corridor: z.object({ floor: z.number(), cap: z.number() }).optional(),
    acceptanceDays: z.number().optional(),
  })
  .openapi('AnalystPlan');

const pathText = (name: string, description: string, example: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: 'path' }, description, example });

export const RegisterParams = z.object({ employee: pathText('employee', 'the analyst', 'olga') });
export const EntryParams = z.object({
  employee: pathText('employee', 'the analyst', 'olga'),
  id: pathText('id', 'register entry id', 'R-2025-19'),
});
export const PlanParams = z.object({
  employee: pathText('employee', 'the analyst', 'olga'),
  period: pathText('period', 'month, YYYY-MM', '2025-05'),
});
