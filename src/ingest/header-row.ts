import type { TableName } from './contract.ts';
import type { SniffedRecord } from './csv-sniff.ts';
import { synonymScore } from './header-map.ts';

/** How far down a title block may push the header (Яндекс Директ has 4 title rows). */
export const HEADER_SEARCH_ROWS = 20;

/** Numbers and dates are data, never labels: «100,50», «1 234», «01.02.2026», «2026-02-01 10:00». */
const VALUE_LIKE = /^(-?[\d\s\u00a0.,]+|\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}([ T].*)?)$/;
const looksLikeData = (cells: readonly string[]): boolean => cells.some((c) => VALUE_LIKE.test(c.trim()));

/**
 * Finds the header among the first rows: the one matching the most synonyms (first on ties).
 * Rows holding a number or a date are data, so a data cell that happens to be a synonym
 * («Склад» as a store name) cannot make its row the header. When nothing matches, the first
 * row with two or more filled cells, so a missing-column error lists real headers rather than
 * a report title.
 */
export function findHeaderRow(
  records: readonly SniffedRecord[],
  table: TableName,
  map: Record<string, string> = {},
): number {
  const head = records.slice(0, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestScore = 0;
  head.forEach((r, i) => {
    if (looksLikeData(r.cells)) return;
    const score = synonymScore(table, r.cells, map);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  const wide = head.findIndex((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  return wide >= 0 ? wide : 0;
}
