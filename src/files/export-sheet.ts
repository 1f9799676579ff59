import { roundMoney } from '../core/money/round.ts';
import type { Lang } from '../i18n/index.ts';

/**
 * What a column holds, so each format can show it as such: XLSX gets a number format (money in
 * roubles, a percentage, a real date), CSV the dialect's plain number. `percent` cells are
 * fractions (0.25 is 25 %); `date` cells ISO days, `month` cells `YYYY-MM` (other text stays text).
 */
export type ColumnKind = 'text' | 'count' | 'number' | 'money' | 'percent' | 'date' | 'month';

/** A column of an exported table. */
export interface ExportColumn {
  /** The stable id: the English header, what CRM mappings and scripts key on. */
  id: string;
  /** The Russian header. */
  ru: string;
  /** Default `text`. */
  kind?: ColumnKind;
  /** Russian names of the stable ids this column holds (segment `champions` → «Чемпионы»). */
  ruValues?: Readonly<Record<string, string>>;
}

/** A column, or a bare name shown as is in every language (a contact column named by the data). */
export type ColumnSpec = string | ExportColumn;

/** A number with its own format, for a column whose rows mix units (a formula tree's nodes). */
export interface TypedCell {
  value: number | null;
  kind: ColumnKind;
}

/** A cell of an exported table: text, a number, a number with its own format, or empty. */
export type ExportCell = string | number | null | undefined | TypedCell;

/** One sheet: its name (the CSV file suffix and English tab), Russian tab name, columns and rows. */
export interface ExportSheet {
  name: string;
  ru?: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly ExportCell[])[];
}

/** A sheet in one language: the headers and cells as written, each column's kind. */
export interface LocalSheet {
  title: string;
  headers: string[];
  kinds: ColumnKind[];
  rows: (string | number | null | TypedCell)[][];
}

/** Shorthand for a column. */
export const col = (id: string, ru: string, kind: ColumnKind = 'text'): ExportColumn => ({ id, ru, kind });

/**
 * The sheet in a language. Russian gets Russian headers and names; English keeps the stable ids,
 * so an `--lang en` export reads the same as `--json` and yesterday's CRM mapping.
 */
export function localSheet(sheet: ExportSheet, lang: Lang): LocalSheet {
  const cols = sheet.columns.map((c): ExportColumn => (typeof c === 'string' ? { id: c, ru: c } : c));
  const names = cols.map((c) => (lang === 'ru' ? c.ruValues : undefined));
  return {
    title: lang === 'ru' && sheet.ru ? sheet.ru : sheet.name,
    headers: cols.map((c) => (lang === 'ru' ? c.ru : c.id)),
    kinds: cols.map((c) => c.kind ?? 'text'),
    rows: sheet.rows.map((r) =>
      r.map((v, i) => {
        if (v === undefined || v === null) return null;
        if (typeof v === 'string') return names[i]?.[v] ?? v;
        if (typeof v === 'number') return shown(v, cols[i]?.kind ?? 'text');
        return { value: v.value === null ? null : shown(v.value, v.kind), kind: v.kind };
      }),
    ),
  };
}

/**
 * A number as an export shows it: money to the kopeck (half away from zero, docs/rounding.md);
 * anything else to 12 significant digits, which drops binary noise (0.2000000000000001 is 0.2)
 * and keeps every digit a person or a model parameter could mean.
 */
export function shown(v: number, kind: ColumnKind): number {
  if (!Number.isFinite(v)) return v;
  if (kind === 'money') return roundMoney(v);
  return v === 0 ? 0 : Number(v.toPrecision(12));
}
