/**
 * The time norms table as its editor holds it (typed text), checked and turned into the norms to
 * store (PUT /api/kpi/report-norms/{type}). Pure.
 */
import { parseTyped } from '../draft-number.ts';
import type { ReportNorm } from '../kpi-types.ts';
import type { Lang } from '../../../format/format.ts';

/** A report type's time norm as the API returns it. */
export type { ReportNorm };

export interface NormRow {
  type: string;
  name: string;
  days: string;
  /** A row typed in the editor, not stored yet: its type can still be changed. */
  added: boolean;
}

export type NormProblem =
  | { kind: 'type'; row: number }
  | { kind: 'duplicate'; row: number; type: string }
  | { kind: 'days'; row: number };

export const toNormRows = (norms: readonly ReportNorm[], lang: Lang): NormRow[] =>
  norms.map((n) => ({
    type: n.type,
    name: n.name,
    days: lang === 'ru' ? String(n.days).replace('.', ',') : String(n.days),
    added: false,
  }));

/** Checks the rows; with no problems, the norms that are new or changed against `stored`. */
export function changedNorms(
  rows: readonly NormRow[],
  stored: readonly ReportNorm[],
): { changed: ReportNorm[]; problems: NormProblem[] } {
  const problems: NormProblem[] = [];
  const changed: ReportNorm[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const type = r.type.trim();
    if (type === '') problems.push({ kind: 'type', row: i + 1 });
    else if (seen.has(type)) problems.push({ kind: 'duplicate', row: i + 1, type });
    seen.add(type);
    const days = parseTyped(r.days);
    if (days === null || Number.isNaN(days) || days <= 0) problems.push({ kind: 'days', row: i + 1 });
    else {
      const norm = { type, name: r.name.trim() || type, days };
      const was = stored.find((s) => s.type === type);
      if (!was || was.name !== norm.name || was.days !== norm.days) changed.push(norm);
    }
  });
  return problems.length > 0 ? { changed: [], problems } : { changed, problems };
}
