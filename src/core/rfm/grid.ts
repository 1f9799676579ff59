import { covers, type SegmentRule } from './segments.ts';
import type { RfmScores } from './types.ts';

/** One cell of the R × F grid: its customers and what they spent in the window. */
export interface RfmGridCell {
  r: number;
  f: number;
  customers: number;
  revenue: number;
  /** The segment owning the cell; null when rules on M split it among several. */
  segment: string | null;
}

/**
 * The R × F grid the heatmap draws: every cell of the n × n grid, empty ones included, so a
 * marketer sees where the base is thin as well as where it is thick. R rows run 1…n, F columns
 * 1…n, row-major.
 */
export function rfmGrid(
  bins: number,
  rules: readonly SegmentRule[],
  scores: readonly RfmScores[],
  revenue: readonly number[],
): RfmGridCell[] {
  const cells: RfmGridCell[] = [];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++)
      cells.push({ r, f, customers: 0, revenue: 0, segment: owner(rules, bins, r, f) });
  scores.forEach((s, i) => {
    const cell = cells[(s.r - 1) * bins + (s.f - 1)];
    if (!cell) return;
    cell.customers += 1;
    cell.revenue += revenue[i] ?? 0;
  });
  return cells;
}

// The one segment covering (r, f) whatever M is, else null.
function owner(rules: readonly SegmentRule[], bins: number, r: number, f: number): string | null {
  const ids = new Set<string>();
  for (let m = 1; m <= bins; m++) for (const rule of rules) if (covers(rule, { r, f, m })) ids.add(rule.id);
  return ids.size === 1 ? [...ids][0]! : null;
}
