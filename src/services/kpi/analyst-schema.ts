import { z } from 'zod';
import { ANALYST_KPIS, ENTRY_KINDS, type EntryKind } from '../../core/kpi/index.ts';
import { isCalendarDay } from '../../core/calendar/index.ts';

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date as people type it: 2025-05-07 or 07.05.2025; empty means none. */
export const dateText = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const m = DMY.exec(s);
    const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
    if (!isCalendarDay(iso)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a date (YYYY-MM-DD or DD.MM.YYYY)` });
      return z.NEVER;
    }
    return iso;
  });

const optionalDate = dateText
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const remarkSchema = z.object({ date: dateText.pipe(z.string()), text: z.string().trim().min(1) });

/** A register entry in a JSON file or request body. */
export const entrySchema = z.object({
  employee: z.string().min(1).optional(),
  id: z.string().trim().min(1),
  kind: z.enum(ENTRY_KINDS as [EntryKind, ...EntryKind[]]),
  type: z.string().trim().min(1),
  title: z.string().trim().min(1),
  due: optionalDate,
  agreed: optionalDate,
  requested: optionalDate,
  delivered: optionalDate,
  remarks: z.array(remarkSchema).default([]),
});
export type EntryInput = z.infer<typeof entrySchema>;

export const normSchema = z.object({
  type: z.string().trim().min(1),
  name: z.string().trim().min(1).optional(),
  days: z.number().positive(),
});

const share = z.number().min(0).max(1);

/** An analyst's monthly plan; left-out parts take Fulcrum's defaults (defaultAnalystPlan). */
export const analystPlanSchema = z.object({
  employee: z.string().min(1),
  name: z.string().optional(),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period is YYYY-MM'),
  bonus: z.number().nonnegative(),
  kpis: z
    .array(
      z.object({
        kpi: z.enum(ANALYST_KPIS),
        weight: share,
        plan: z.number().positive().optional(),
        base: z.number().optional(),
        norm: z.number().optional(),
        target: z.number().optional(),
        cap: z.number().optional(),
      }),
    )
    .optional(),
  corridor: z.object({ floor: z.number().min(0), cap: z.number().positive() }).optional(),
  acceptanceDays: z.number().int().min(1).optional(),
});
export type AnalystPlanInput = z.infer<typeof analystPlanSchema>;

/** A register file in JSON: entries (each naming its employee, or one employee for all), norms, plans. */
export const registerFileSchema = z.object({
  employee: z.string().min(1).optional(),
  name: z.string().optional(),
  entries: z.array(entrySchema).default([]),
  norms: z.array(normSchema).default([]),
  plans: z.array(analystPlanSchema).default([]),
});
export type RegisterFile = z.infer<typeof registerFileSchema>;

/** Column headers of a CSV / XLSX register, English and Russian, to the entry's fields. */
export const REGISTER_COLUMNS: Record<string, keyof EntryInput | 'remarks'> = {
  employee: 'employee',
  сотрудник: 'employee',
  аналитик: 'employee',
  id: 'id',
  номер: 'id',
  '№': 'id',
  kind: 'kind',
  вид: 'kind',
  type: 'type',
  тип: 'type',
  title: 'title',
  название: 'title',
  отчёт: 'title',
  отчет: 'title',
  due: 'due',
  срок: 'due',
  agreed: 'agreed',
  'согласованный срок': 'agreed',
  согласовано: 'agreed',
  requested: 'requested',
  запрошен: 'requested',
  запрос: 'requested',
  delivered: 'delivered',
  сдан: 'delivered',
  сдано: 'delivered',
  remarks: 'remarks',
  замечания: 'remarks',
};

/** Kinds as a register table may spell them. */
export const KIND_WORDS: Record<string, EntryKind> = {
  regular: 'regular',
  регулярный: 'regular',
  регулярный_отчёт: 'regular',
  adhoc: 'adhoc',
  'ad-hoc': 'adhoc',
  разовый: 'adhoc',
  запрос: 'adhoc',
};
