import { z } from 'zod';
import type { EntryKind } from '../../core/kpi/index.ts';
import {
  AnalystPlanFileSchema,
  RegisterEntryFileSchema,
  ReportNormFileSchema,
} from '../../contract/kpi/analyst.ts';

// Entries, remarks, norms and plans are the API contract's schemas (src/contract/kpi/analyst.ts):
// one shape for the register file, the API's bodies and its answers.
export type EntryInput = z.output<typeof RegisterEntryFileSchema>;
export type AnalystPlanInput = z.output<typeof AnalystPlanFileSchema>;

/** A register file in JSON: entries (each naming its employee, or one employee for all), norms, plans. */
export const registerFileSchema = z.object({
  employee: z.string().min(1).optional(),
  name: z.string().optional(),
  entries: z.array(RegisterEntryFileSchema).default([]),
  norms: z.array(ReportNormFileSchema).default([]),
  plans: z.array(AnalystPlanFileSchema).default([]),
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
