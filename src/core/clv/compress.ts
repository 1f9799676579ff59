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

/** Below this many rows a fit is quick anyway and the coarse pass would not pay for itself. */
const COARSE_FROM_ROWS = 20_000;
/** Levels each coarsened axis keeps. */
const LEVELS = 128;

/**
 * The rows merged onto a coarse grid for a first, cheap pass of a fit (fitPositiveSmooth's
 * `coarse`): `axes` pick which values are rounded — linearly to one of 128 levels of their range,
 * or, for money, to 1 % steps on a log scale — with x and the weights kept exact. Null when the
 * data are small or the grid would not merge enough rows to save time.
 */
export function coarsen(
  rows: readonly WeightedSummary[],
  axes: ReadonlyArray<'tx' | 'T' | 'm'>,
): WeightedSummary[] | null {
  if (rows.length < COARSE_FROM_ROWS) return null;
  const grids = axes.map((axis) => gridOf(rows, axis));
  // A numeric key (x, then each axis's level): string keys cost most of a second on 600k rows.
  const byKey = new Map<number, WeightedSummary>();
  for (const r of rows) {
    let key = r.x;
    for (const g of grids) key = key * g.levels + g.level(r[g.axis]);
    const hit = byKey.get(key);
    if (hit) hit.w += r.w;
    else {
      const c = { ...r };
      for (const g of grids) c[g.axis] = g.value(g.level(r[g.axis]));
      byKey.set(key, c);
    }
  }
  return byKey.size * 3 <= rows.length ? [...byKey.values()] : null;
}

interface Grid {
  axis: 'tx' | 'T' | 'm';
  /** Levels 0 … levels − 1. */
  levels: number;
  level: (v: number) => number;
  value: (level: number) => number;
}

function gridOf(rows: readonly WeightedSummary[], axis: 'tx' | 'T' | 'm'): Grid {
  let max = 0;
  let min = Infinity;
  for (const r of rows) {
    max = Math.max(max, r[axis]);
    if (r[axis] > 0) min = Math.min(min, r[axis]);
  }
  if (axis === 'm' && max > 0) {
    // 1 % steps on a log scale; level 0 keeps non-positive values as they are (0).
    const step = Math.log(1.01);
    const lo = Math.floor(Math.log(min) / step);
    const levels = Math.ceil(Math.log(max) / step) - lo + 2;
    return {
      axis,
      levels,
      level: (v) => (v > 0 ? Math.round(Math.log(v) / step) - lo + 1 : 0),
      value: (l) => (l === 0 ? 0 : Math.exp((l - 1 + lo) * step)),
    };
  }
  // Rounding is monotone, so t_x ≤ T survives it.
  const step = max / LEVELS;
  if (!(step > 0)) return { axis, levels: 1, level: () => 0, value: () => 0 };
  return { axis, levels: LEVELS + 1, level: (v) => Math.round(v / step), value: (l) => l * step };
}
