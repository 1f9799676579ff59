import type { SummaryColumns } from './summary-columns.ts';

// Rows compare by (x, t_x, T, m).
function compareRows(c: SummaryColumns, i: number, j: number): number {
  return c.x[i]! - c.x[j]! || c.tx[i]! - c.tx[j]! || c.T[i]! - c.T[j]! || c.m[i]! - c.m[j]!;
}

function swapRows(c: SummaryColumns, key: Float64Array, i: number, j: number): void {
  for (const col of [c.x, c.tx, c.T, c.m, c.w, key]) [col[i], col[j]] = [col[j]!, col[i]!];
}

/**
 * Completes the engine's order into one fixed by the rows' content alone. The engine sorts by a
 * key (the model, then a 32-bit hash of the row): cheaper than sorting on the columns, but rows
 * sharing a hash come in whatever order its threads met them. Such runs (a few per million
 * rows) are put in order by value here, in place, so a fit's floating-point sums — and the last
 * digits of its estimates — repeat from run to run. `key` must be ascending.
 */
export function breakTies(cols: SummaryColumns, key: Float64Array): void {
  const n = cols.length;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && key[end] === key[start]) end++;
    // Insertion sort by swapping: the runs hold two or three rows.
    for (let i = start + 1; i < end; i++)
      for (let j = i; j > start && compareRows(cols, j - 1, j) > 0; j--) swapRows(cols, key, j - 1, j);
    start = end;
  }
}
