/**
 * The analyst's register, time norms and monthly plan: one schema each for the register file
 * (`fulcrum kpi analyst import`), the API's bodies and its answers (docs/kpi-analyst.md).
 */
import { z } from 'zod';
import { ANALYST_KPIS } from '../../core/kpi/analyst-sheet.ts';
import { ENTRY_KINDS } from '../../core/kpi/analyst-register.ts';
import { bounds, month, pathText, share } from './parts.ts';

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date as people type it: 2025-05-07 or 07.05.2025; empty means none. */
const dateText = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const m = DMY.exec(s);
    const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a date (YYYY-MM-DD or DD.MM.YYYY)` });
      return z.NEVER;
    }
    return iso;
  })
  .meta({ example: '2025-05-07', description: 'YYYY-MM-DD or DD.MM.YYYY' });

const optionalDate = dateText
  .nullable()
  .optional()
  .transform((v) => v ?? null);

const kind = z.enum(ENTRY_KINDS);

/** A dated remark on a delivered report. */
export const RemarkBodySchema = z
  .object({ date: dateText.pipe(z.string()), text: z.string().trim().min(1) })
  .meta({ id: 'Remark' });

const entryFields = {
  kind,
  type: z.string().trim().min(1).meta({ description: 'report type: the key of its time norm' }),
  title: z.string().trim().min(1),
  due: optionalDate,
  agreed: optionalDate,
  requested: optionalDate,
  delivered: optionalDate,
  remarks: z.array(RemarkBodySchema).default([]),
};

/** A register entry in a register file: each names its employee unless the file names one for all. */
export const RegisterEntryFileSchema = z.object({
  employee: z.string().min(1).optional(),
  id: z.string().trim().min(1),
  ...entryFields,
});

/** An entry to store (PUT): checked by the same rules as `fulcrum kpi analyst add`; the id is the path's. */
export const RegisterEntryBodySchema = z.object(entryFields).meta({ id: 'RegisterEntryInput' });

const storedDate = z.string().nullable().optional();

/** A register entry as stored. */
export const RegisterEntrySchema = z
  .object({
    id: z.string(),
    kind,
    type: z.string(),
    title: z.string(),
    due: storedDate,
    agreed: storedDate,
    requested: storedDate,
    delivered: z.string().nullable(),
    remarks: z.array(z.object({ date: z.string(), text: z.string() })),
  })
  .meta({ id: 'RegisterEntry' });

/** GET /api/kpi/register/{employee}: an analyst's entries by deadline. */
export const RegisterSchema = z.array(RegisterEntrySchema);

/** A report type's time norm in a register file: business days a report of it takes. */
export const ReportNormFileSchema = z.object({
  type: z.string().trim().min(1),
  name: z.string().trim().min(1).optional(),
  days: z.number().positive(),
});

const analystKpi = z.object({
  kpi: z.enum(ANALYST_KPIS),
  weight: share,
  plan: z.number().positive().optional(),
  base: z.number().optional(),
  norm: z.number().optional(),
  target: z.number().optional(),
  cap: z.number().optional(),
});

const analystPlanFields = {
  name: z.string().optional(),
  bonus: z.number().nonnegative().meta({ description: 'bonus base, roubles, gross' }),
  kpis: z.array(analystKpi).optional(),
  corridor: bounds.optional(),
  acceptanceDays: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'business days a remark still blocks' }),
};

/** An analyst's monthly plan in a register file. */
export const AnalystPlanFileSchema = z.object({
  employee: z.string().min(1),
  period: month,
  ...analystPlanFields,
});

/** A PUT body: the plan; employee and period come from the path (sent ones are ignored). */
export const AnalystPlanBodySchema = z
  .object({ employee: z.string().optional(), period: z.string().optional(), ...analystPlanFields })
  .meta({ id: 'AnalystPlanInput' });

/** An analyst's stored monthly plan, Fulcrum's defaults filled in (docs/kpi-analyst.md). */
export const AnalystPlanSchema = z
  .object({
    employee: z.string(),
    period: z.string(),
    bonus: z.number(),
    kpis: z.array(analystKpi),
    corridor: z.object({ floor: z.number(), cap: z.number() }),
    acceptanceDays: z.number(),
  })
  .meta({ id: 'AnalystPlan' });

export const RegisterParams = z.object({ employee: pathText('employee', 'the analyst', 'olga') });
export const EntryParams = z.object({
  employee: pathText('employee', 'the analyst', 'olga'),
  id: pathText('id', 'register entry id', 'R-2025-19'),
});
export const PlanParams = z.object({
  employee: pathText('employee', 'the analyst', 'olga'),
  period: pathText('period', 'month, YYYY-MM', '2025-05'),
});

export type AnalystPlanAnswer = z.output<typeof AnalystPlanSchema>;
export type AnalystPlanBody = z.input<typeof AnalystPlanBodySchema>;
