import type { SegmentsResult } from './segments.ts';
import type { Lang } from '../../i18n/index.ts';
import { columnsOf } from '../../files/export-columns.ts';
import { writeSheets, type ExportSheet } from '../../files/table-export.ts';

/** Columns of the `segments` sheet, in a fixed order. */
export const SEGMENT_COLUMNS = [
  'segment',
  'name',
  'customers',
  'share',
  'orders',
  'revenue',
  'average_check',
  'average_recency_days',
  'tactic',
] as const;

/** Columns of the `migration` sheet: one line per non-empty cell, ready for a pivot table. */
export const MIGRATION_COLUMNS = ['from_segment', 'to_segment', 'customers', 'revenue'] as const;

/** The sheets of a segments export: the summary, and the migration when there is one. */
export function segmentSheets(res: SegmentsResult): ExportSheet[] {
  const summary: ExportSheet = {
    name: 'segments',
    ru: 'Сегменты',
    columns: columnsOf(SEGMENT_COLUMNS),
    rows: res.segments.map((s) => [
      s.segment,
      s.name,
      s.customers,
      s.share,
      s.orders,
      s.revenue,
      s.averageCheck,
      s.averageRecencyDays,
      s.tactic,
    ]),
  };
  if (!res.migration) return [summary];
  const m = res.migration;
  const rows = m.rows.flatMap((r) =>
    m.columns
      .map((to, j) => [r.from, to, r.customers[j]!, r.revenue[j]!] as const)
      .filter((cell) => cell[2] > 0),
  );
  return [summary, { name: 'migration', ru: 'Миграция', columns: columnsOf(MIGRATION_COLUMNS), rows }];
}

/**
 * Writes the segments to FILE.xlsx (sheets `segments` and `migration`) or FILE.csv (the summary;
 * the migration beside it as FILE.migration.csv). Returns every path written.
 */
export function exportSegments(file: string, res: SegmentsResult, lang: Lang = 'en'): Promise<string[]> {
  return writeSheets(file, segmentSheets(res), lang);
}
