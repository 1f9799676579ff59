/**
 * Motivation sheets as the API answers them: monthly, general and quarterly sheets, and the
 * analyst's sheet with the judged register behind it. Amounts in roubles with kopecks, gross.
 */
import { z } from 'zod';
import { Label, maybe } from './parts.ts';

/** A KPI's unit, as the catalogue and the sheets name it. */
export const KpiUnitSchema = z.enum(['count', 'ratio', 'money', 'number', 'percent']);

/** Whether a bigger fact is better (leads, ROMI) or a smaller one (CPA, MRE). */
export const DirectionSchema = z.enum(['higher', 'lower']);

/** The payout rule of a line: a corridor, or Fulcrum's base → norm → target curve. */
export const PayoutRuleSchema = z
  .discriminatedUnion('rule', [
    z.object({ rule: z.literal('corridor'), floor: z.number(), cap: z.number() }),
    z.object({
      rule: z.literal('base-norm-target'),
      base: z.number(),
      norm: z.number(),
      target: z.number(),
      cap: z.number(),
    }),
  ])
  .meta({ id: 'KpiPayoutRule', description: 'the payout rule applied, so an export can rebuild it' });

const FactSourceSchema = z
  .object({
    kind: z.enum(['warehouse', 'manual', 'register']),
    detail: z.string().meta({ description: 'where the fact came from, in English with raw figures' }),
    text: Label.meta({ description: 'the same for people, figures and dates in the locale' }),
  })
  .meta({ id: 'KpiFactSource' });

const SheetLineSchema = z
  .object({
    kpi: z.string().meta({ description: 'KPI id, `task:<id>` or `discretionary`' }),
    part: z.string(),
    name: Label,
    weight: z.number(),
    plan: maybe,
    fact: maybe,
    completion: maybe,
    paidCompletion: maybe,
    amount: maybe,
    partShare: z.number().optional(),
    direction: DirectionSchema.optional(),
    unit: KpiUnitSchema.optional(),
    rule: PayoutRuleSchema.optional(),
    source: FactSourceSchema.optional(),
    explain: Label,
  })
  .meta({ id: 'KpiSheetLine' });

const SheetPartSchema = z
  .object({
    id: z.string(),
    name: Label,
    share: maybe,
    subtotal: maybe,
    coefficient: maybe,
    amount: maybe,
    quality: z
      .object({ plan: z.number(), fact: maybe, cap: z.number() })
      .optional()
      .meta({ description: 'inputs of the coefficient when it comes from a KPI' }),
    explain: Label.optional(),
  })
  .meta({ id: 'KpiSheetPart' });

const sheetShape = {
  kind: z.enum(['marketer', 'general', 'quarter', 'analyst']),
  employee: z.string(),
  period: z.string(),
  bonus: z.number(),
  lines: z.array(SheetLineSchema),
  parts: z.array(SheetPartSchema),
  total: maybe,
  missing: z.array(z.string()).meta({ description: 'KPIs whose facts are missing' }),
  employeeName: z.string().optional().meta({ description: "the employee's name as stored" }),
  coverage: z
    .object({ from: z.string(), to: z.string(), dataTo: z.string(), note: Label })
    .optional()
    .meta({ description: 'present when the data ends inside the period: the facts cover only part of it' }),
};

/** A motivation sheet (amounts in roubles with kopecks, gross). */
export const SheetSchema = z.object(sheetShape).meta({ id: 'KpiSheet' });

const RemarkSchema = z.object({ date: z.string(), text: z.string() });

/** A register entry judged as of a date: its deadline, status and why. */
const JudgedEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['regular', 'adhoc']),
    type: z.string(),
    title: z.string(),
    due: z.string().nullable().optional(),
    agreed: z.string().nullable().optional(),
    requested: z.string().nullable().optional(),
    delivered: z.string().nullable(),
    remarks: z.array(RemarkSchema),
    deadline: z.string(),
    deadlineFrom: z.enum(['due', 'agreed', 'norm']),
    status: z.enum(['open', 'missing', 'pending', 'remarked', 'accepted']),
    onTime: z.boolean().nullable(),
    lateDays: z.number(),
    windowCloses: z.string().nullable(),
    blockingRemark: RemarkSchema.nullable(),
    normDays: z.number().nullable(),
    took: z.number().nullable(),
    explain: Label,
  })
  .meta({ id: 'AnalystJudgedEntry' });

/** The analyst's sheet: the paying lines and the judged register behind them. */
export const AnalystSheetSchema = z
  .object({
    ...sheetShape,
    kind: z.literal('analyst'),
    asOf: z.string(),
    calendar: z.string(),
    calendarNote: Label.optional().meta({
      description: 'present when the month runs into a year whose transfers are estimated',
    }),
    acceptanceDays: z.number(),
    counts: z.object({
      due: z.number(),
      delivered: z.number(),
      onTime: z.number(),
      decided: z.number(),
      accepted: z.number(),
      pending: z.number(),
      open: z.number(),
    }),
    register: z.array(JudgedEntrySchema),
  })
  .meta({ id: 'AnalystSheet' });

export type Sheet = z.output<typeof SheetSchema>;
export type AnalystSheet = z.output<typeof AnalystSheetSchema>;
