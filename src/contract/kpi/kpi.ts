import { z } from '@hono/zod-openapi';
import { ModelIdSchema } from '../common.ts';

// Like the analysis schemas: the fields clients rely on are named, the rest is let through — the
// bodies are the services' results, the same as the CLI's --json.

const maybe = z.number().nullable();
const Label = z.object({ ru: z.string(), en: z.string() });

const SheetLineSchema = z.looseObject({
  kpi: z.string(),
  part: z.string(),
  name: Label,
  weight: z.number(),
  plan: maybe,
  fact: maybe,
  completion: maybe,
  paidCompletion: maybe,
  amount: maybe,
  source: z
    .object({
      kind: z.enum(['warehouse', 'manual', 'register']),
      detail: z.string().openapi({ description: 'where the fact came from, in English with raw figures' }),
      text: Label.optional().openapi({ description: 'the same for people, figures and dates in the locale' }),
    })
    .optional(),
  explain: Label,
});

const SheetPartSchema = z.looseObject({
  id: z.string(),
  name: Label,
  share: maybe,
  subtotal: maybe,
  coefficient: maybe,
  amount: maybe,
  explain: Label.optional(),
});

const sheetShape = {
  kind: z.enum(['marketer', 'general', 'quarter', 'analyst']),
  employee: z.string(),
  period: z.string(),
  bonus: z.number(),
  lines: z.array(SheetLineSchema),
  parts: z.array(SheetPartSchema),
  total: maybe,
  missing: z.array(z.string()),
  employeeName: z.string().optional().openapi({ description: "the employee's name as stored" }),
  coverage: z
    .object({ from: z.string(), to: z.string(), dataTo: z.string(), note: Label })
    .optional()
    .openapi({
      description: 'present when the data ends inside the period: the facts cover only part of it',
    }),
};

/** A motivation sheet (amounts in roubles with kopecks, gross). */
export const SheetSchema = z.looseObject(sheetShape).openapi('KpiSheet');

/** The analyst's sheet: the paying lines and the judged register behind them. */
export const AnalystSheetSchema = z
  .looseObject({
    ...sheetShape,
    asOf: z.string(),
    calendar: z.string(),
    acceptanceDays: z.number(),
    counts: z.record(z.string(), z.number()),
    register: z.array(
      z.looseObject({
        id: z.string(),
        kind: z.enum(['regular', 'adhoc']),
        title: z.string(),
        deadline: z.string(),
        delivered: z.string().nullable(),
        status: z.enum(['open', 'missing', 'pending', 'remarked', 'accepted']),
        explain: Label,
      }),
    ),
  })
  .openapi('AnalystSheet');

export const KpiDefinitionSchema = z
  .looseObject({ id: z.string(), name: Label, unit: z.string(), direction: z.enum(['higher', 'lower']) })
  .openapi('KpiDefinition');

export const DesignBodySchema = z
  .object({
    model: ModelIdSchema.default('lcpudq'),
    positions: z
      .array(z.looseObject({ id: z.string(), kpis: z.unknown() }))
      .min(1)
      .openapi({ description: 'positions with their KPI list or KPI → weight map' }),
  })
  .openapi('KpiDesignRequest');

export const DesignSchema = z.looseObject({}).openapi('KpiDesign');

/** A monthly plan as `fulcrum kpi plan export` writes it (employee and period come from the path). */
export const PlanSchema = z
  .looseObject({
    bonus: z.number().optional(),
    leads: z.unknown().optional(),
    newClientShare: z.unknown().optional(),
    tasks: z.array(z.unknown()).optional(),
  })
  .openapi('KpiPlan');

export const QuarterBodySchema = z
  .looseObject({ employee: z.string(), period: z.string(), bonus: z.number(), kpis: z.array(z.unknown()) })
  .openapi('KpiQuarterPlan');

export const EmployeeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    marketer: z.array(z.string()).openapi({ description: 'months with a monthly plan, newest first' }),
    analyst: z.array(z.string()).openapi({ description: 'months with an analyst plan, newest first' }),
    quarter: z.array(z.string()).openapi({ description: 'quarters with a quarterly plan, newest first' }),
  })
  .openapi('KpiEmployee');

export const LinkBodySchema = z
  .object({ login: z.string().min(1) })
  .openapi('KpiUserLink', { description: 'the user whose account shows this employee’s sheets' });

export const LinkSchema = z.object({ login: z.string(), employee: z.string().nullable() });

const pathText = (name: string, description: string, example: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: 'path' }, description, example });

export const EmployeeParams = z.object({ employee: pathText('employee', 'employee id', 'anna') });
export const SheetParams = z.object({
  employee: pathText('employee', 'employee id', 'anna'),
  period: pathText('period', 'month, YYYY-MM', '2024-03'),
});

export const langParam = z
  .enum(['ru', 'en'])
  .optional()
  .openapi({ param: { name: 'lang', in: 'query' }, description: 'language of the workbook' });

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook answer. */
export const xlsx = (description: string) => ({
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
});
