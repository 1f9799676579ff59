import type { CustomerSummary, WeightedSummary } from './types.ts';
import {
  columnsOf,
  emptyColumns,
  rangeOf,
  type SummaryColumns,
  type SummaryInput,
} from './summary-columns.ts';
import { distinctIndex } from './distinct-index.ts';

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

/** Below this many rows a fit is quick anyway and the coarse pass would not pay for itself. */
const COARSE_FROM_ROWS = 20_000;
/** Steps each coarsened time axis is cut into by default. */
const LEVELS = 128;
/** Money is coarsened to steps of 1 % on a log scale. */
const MONEY_STEP = Math.log(1.01);

type Axis = 'tx' | 'T' | 'm';

/** Key spaces up to this size get a dense slot table instead of a Map. */
const DENSE_KEYS = 1 << 22;

/**
 * The rows merged onto a coarse grid for a first, cheap pass of a fit (fitPositiveSmooth's
 * `coarse`): `axes` pick which values are rounded — t_x and T linearly to one of `levels` + 1
 * levels (0…128 by default) of their shared range [0, max], money to 1 % steps on a log scale,
 * 0 kept as 0 — with x and the weights kept exact. Null when the data are small or the grid
 * would not merge enough rows to save time. A grid coarsened again with fewer levels (a divisor
 * of the first's) keeps its values on the finer grid's points.
 */
export function coarsen(input: SummaryInput, axes: readonly Axis[], levels = LEVELS): SummaryColumns | null {
  const src = columnsOf(input);
  const n = src.length;
  if (n < COARSE_FROM_ROWS) return null;
  // Each row's cell as one integer: x's rank among the distinct x, then each axis's level.
  const xs = distinctIndex(src.x);
  const keys = Float64Array.from(xs.at);
  let cells = xs.distinct.length;
  // t_x and T share one grid, so t_x ≤ T survives the rounding.
  let time: Grid | null = null;
  const rounded: Array<{ axis: Axis; grid: Grid; level: Int32Array }> = axes.map((axis) => {
    const v = src[axis];
    const grid =
      axis === 'm' ? moneyGrid(v) : (time ??= timeGrid(Math.max(largest(src.tx), largest(src.T)), levels));
    const level = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      level[i] = grid.toLevel(v[i]!);
      keys[i] = keys[i]! * grid.levels + level[i]!;
    }
    cells *= grid.levels;
    return { axis, grid, level };
  });
  const out = emptyColumns(n);
  let count = 0;
  // A grid of a few million cells is indexed directly, one typed-array read per row; a finer
  // one (many distinct x on a wide money range) falls back to a Map.
  const slots = cells <= DENSE_KEYS ? new Int32Array(cells).fill(-1) : null;
  const slotMap = slots ? null : new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    let at = slots ? slots[key]! : (slotMap!.get(key) ?? -1);
    if (at < 0) {
      at = count++;
      if (slots) slots[key] = at;
      else slotMap!.set(key, at);
      // A new cell takes the row's values, the rounded axes at their level's value.
      out.x[at] = src.x[i]!;
      out.tx[at] = src.tx[i]!;
      out.T[at] = src.T[i]!;
      out.m[at] = src.m[i]!;
      for (const { axis, grid, level } of rounded) out[axis][at] = grid.fromLevel(level[i]!);
    }
    out.w[at]! += src.w[i]!;
  }
  return count * 3 <= n ? rangeOf(out, 0, count) : null;
}

interface Grid {
  /** Levels 0 … levels − 1. */
  levels: number;
  toLevel: (v: number) => number;
  fromLevel: (level: number) => number;
}

function largest(v: Float64Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) if (v[i]! > max) max = v[i]!;
  return max;
}

// Rounding to a grid is monotone: values in order stay in order.
function timeGrid(max: number, levels: number): Grid {
  const step = max / levels;
  if (!(step > 0)) return { levels: 1, toLevel: () => 0, fromLevel: () => 0 };
  return { levels: levels + 1, toLevel: (t) => Math.round(t / step), fromLevel: (l) => l * step };
}

// Level 0 keeps non-positive amounts (0) as they are.
function moneyGrid(v: Float64Array): Grid {
  let max = 0;
  let min = Infinity;
  for (let i = 0; i < v.length; i++) {
    if (v[i]! > max) max = v[i]!;
    if (v[i]! > 0 && v[i]! < min) min = v[i]!;
  }
  if (!(max > 0)) return { levels: 1, toLevel: () => 0, fromLevel: () => 0 };
  const lo = Math.floor(Math.log(min) / MONEY_STEP);
  return {
    levels: Math.ceil(Math.log(max) / MONEY_STEP) - lo + 2,
    toLevel: (m) => (m > 0 ? Math.round(Math.log(m) / MONEY_STEP) - lo + 1 : 0),
    fromLevel: (l) => (l === 0 ? 0 : Math.exp((l - 1 + lo) * MONEY_STEP)),
  };
}
