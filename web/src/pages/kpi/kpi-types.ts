/** The KPI API's answers as the workbench reads them (docs/api-contract.md, KPI rows). */
import type { Maybe } from '../../api/types.ts';

export interface Label {
  ru: string;
  en: string;
}

export interface KpiEmployee {
  id: string;
  name: string;
  position: string | null;
  /** Months with a monthly (marketer) plan, newest first. */
  marketer: string[];
  /** Months with an analyst plan, newest first. */
  analyst: string[];
  /** Quarters with a quarterly plan, newest first (the server always sends it). */
  quarter?: string[];
}

/** Where a line's fact came from: `text` in the reader's language, `detail` when a server sent none. */
export interface FactSource {
  kind: 'warehouse' | 'manual' | 'register';
  /** English, raw figures: the stable field for programs. */
  detail: string;
  text?: Label;
}

/** A fact source in the reader's language; one without `text` (an older server's) reads its `detail`. */
export const sourceText = (s: FactSource, lang: 'ru' | 'en'): string => s.text?.[lang] ?? s.detail;

export interface SheetLine {
  kpi: string;
  part: string;
  name: Label;
  weight: number;
  plan: Maybe;
  fact: Maybe;
  completion: Maybe;
  paidCompletion: Maybe;
  amount: Maybe;
  unit?: 'count' | 'ratio' | 'money' | 'number' | 'percent';
  source?: FactSource;
  explain: Label;
}

export interface SheetPart {
  id: string;
  name: Label;
  share: Maybe;
  amount: Maybe;
  explain?: Label;
}

export interface KpiSheet {
  kind: 'marketer' | 'general' | 'quarter' | 'analyst';
  employee: string;
  period: string;
  bonus: number;
  lines: SheetLine[];
  parts: SheetPart[];
  total: Maybe;
  missing: string[];
  /** The employee's name as stored; the sheet is keyed by id. */
  employeeName?: string;
  /** Present when the data ends inside the period: the facts cover only part of it. */
  coverage?: { from: string; to: string; dataTo: string; note: Label };
}

export type EntryStatus = 'open' | 'missing' | 'pending' | 'remarked' | 'accepted';

export interface RegisterEntry {
  id: string;
  kind: 'regular' | 'adhoc';
  title: string;
  deadline: string;
  delivered: string | null;
  onTime: boolean | null;
  status: EntryStatus;
  explain: Label;
}

export interface AnalystSheet extends KpiSheet {
  kind: 'analyst';
  asOf: string;
  calendar: string;
  calendarNote?: Label;
  acceptanceDays: number;
  counts: {
    due: number;
    delivered: number;
    onTime: number;
    decided: number;
    accepted: number;
    pending: number;
  };
  register: RegisterEntry[];
}

/** The KPI designer's answer (POST /api/kpi/design), the fields the designer view reads. */
export interface KpiDesign {
  model: string;
  byPosition: Array<{ position: string; name: string; kpis: Array<{ kpi: string; share: number }> }>;
}

/** Which sheet of an employee is on screen. */
export type SheetKind = 'marketer' | 'analyst';

/** The API path of a sheet (add `/xlsx` for its workbook). */
export const sheetPath = (kind: SheetKind, employee: string, period: string): string =>
  `/kpi/${kind === 'analyst' ? 'analyst' : 'sheets'}/${encodeURIComponent(employee)}/${period}`;
