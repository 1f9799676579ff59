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
  return gridFromCells(
    bins,
    rules,
    scores.map((s, i) => ({ r: s.r, f: s.f, customers: 1, revenue: revenue[i] ?? 0 })),
  );
}

/** The same grid from per-cell totals (the warehouse's GROUP BY r, f); repeated cells add up. */
export function gridFromCells(
  bins: number,
  rules: readonly SegmentRule[],
  totals: ReadonlyArray<{ r: number; f: number; customers: number; revenue: number }>,
): RfmGridCell[] {
  const cells: RfmGridCell[] = [];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++)
      cells.push({ r, f, customers: 0, revenue: 0, segment: owner(rules, bins, r, f) });
  for (const t of totals) {
    if (t.r < 1 || t.r > bins || t.f < 1 || t.f > bins) continue;
    const cell = cells[(t.r - 1) * bins + (t.f - 1)]!;
    cell.customers += t.customers;
    cell.revenue += t.revenue;
  }
  return cells;
}

// The one segment covering (r, f) whatever M is, else null.
function owner(rules: readonly SegmentRule[], bins: number, r: number, f: number): string | null {
  const ids = new Set<string>();
  for (let m = 1; m <= bins; m++) for (const rule of rules) if (covers(rule, { r, f, m })) ids.add(rule.id);
  return ids.size === 1 ? [...ids][0]! : null;
}
