import type { CustomerSummary, WeightedSummary } from './types.ts';

/**
 * Merges identical (x, t_x, T, m) rows into weighted ones. Real bases repeat the same summary
 * thousands of times (every one-time buyer of a given day), so the likelihood gets far cheaper.
 */
export function compressSummaries(rows: readonly CustomerSummary[]): WeightedSummary[] {
  const byKey = new Map<string, WeightedSummary>();
  for (const r of rows) {
    const key = `${r.x}|${r.tx}|${r.T}|${r.m}`;
    const hit = byKey.get(key);
    if (hit) hit.w += 1;
    else byKey.set(key, { x: r.x, tx: r.tx, T: r.T, m: r.m, w: 1 });
  }
  return [...byKey.values()];
}

/** Total weight (number of customers) of compressed rows. */
export const totalWeight = (rows: readonly WeightedSummary[]): number => rows.reduce((s, r) => s + r.w, 0);
