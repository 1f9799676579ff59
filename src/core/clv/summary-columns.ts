import type { WeightedSummary } from './types.ts';

/**
 * Weighted summaries by column, what the likelihoods loop over. A million customers as objects
 * cost a second of allocation and garbage collection before a fit starts, and every objective
 * copied them into typed arrays anyway; the engine's result columns arrive as typed arrays, so
 * they now go to the fit as they are. Columns a model does not read may be all zeros.
 */
export interface SummaryColumns {
  readonly length: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly m: Float64Array;
  readonly w: Float64Array;
}

/** What the fits take: rows (tests, small data) or columns (the engine's results). */
export type SummaryInput = readonly WeightedSummary[] | SummaryColumns;

const isColumns = (input: SummaryInput): input is SummaryColumns => !Array.isArray(input);

/** The input as columns; rows are copied once. */
export function columnsOf(input: SummaryInput): SummaryColumns {
  if (isColumns(input)) return input;
  const rows = input as readonly WeightedSummary[];
  const n = rows.length;
  const cols = emptyColumns(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    cols.x[i] = r.x;
    cols.tx[i] = r.tx;
    cols.T[i] = r.T;
    cols.m[i] = r.m;
    cols.w[i] = r.w;
  }
  return cols;
}

/** n rows of zeros. */
export function emptyColumns(n: number): SummaryColumns {
  return {
    length: n,
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    m: new Float64Array(n),
    w: new Float64Array(n),
  };
}

/** Rows from … to (exclusive), sharing the columns' memory. */
export function rangeOf(cols: SummaryColumns, from: number, to: number): SummaryColumns {
  return {
    length: to - from,
    x: cols.x.subarray(from, to),
    tx: cols.tx.subarray(from, to),
    T: cols.T.subarray(from, to),
    m: cols.m.subarray(from, to),
    w: cols.w.subarray(from, to),
  };
}

/** The rows `keep` accepts, copied into new columns (the same columns when it accepts all). */
export function filterColumns(cols: SummaryColumns, keep: (i: number) => boolean): SummaryColumns {
  const kept = new Uint8Array(cols.length);
  let count = 0;
  for (let i = 0; i < cols.length; i++) if (keep(i)) count += kept[i] = 1;
  if (count === cols.length) return cols;
  const out = emptyColumns(count);
  for (let from = 0, to = 0; from < cols.length; from++) {
    if (!kept[from]) continue;
    out.x[to] = cols.x[from]!;
    out.tx[to] = cols.tx[from]!;
    out.T[to] = cols.T[from]!;
    out.m[to] = cols.m[from]!;
    out.w[to++] = cols.w[from]!;
  }
  return out;
}

/** Total weight (number of customers). */
export function totalWeight(input: SummaryInput): number {
  if (!isColumns(input)) return input.reduce((s, r) => s + r.w, 0);
  let s = 0;
  for (let i = 0; i < input.length; i++) s += input.w[i]!;
  return s;
}
