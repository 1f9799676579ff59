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
/** Levels each coarsened time axis keeps. */
const LEVELS = 128;
/** Money is coarsened to steps of 1 % on a log scale. */
const MONEY_STEP = Math.log(1.01);

type Axis = 'tx' | 'T' | 'm';

/**
 * The rows merged onto a coarse grid for a first, cheap pass of a fit (fitPositiveSmooth's
 * `coarse`): `axes` pick which values are rounded — t_x and T linearly to one of 128 levels of
 * their range, money to 1 % steps on a log scale — with x and the weights kept exact. Null when
 * the data are small or the grid would not merge enough rows to save time.
 */
export function coarsen(rows: readonly WeightedSummary[], axes: readonly Axis[]): WeightedSummary[] | null {
  const n = rows.length;
  if (n < COARSE_FROM_ROWS) return null;
  // Columns and levels in typed arrays, one tight loop each: objects, closures and string keys
  // cost most of a second on 600k rows.
  const [x, w, tx, T, m] = [0, 0, 0, 0, 0].map(() => new Float64Array(n)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    x[i] = r.x;
    w[i] = r.w;
    tx[i] = r.tx;
    T[i] = r.T;
    m[i] = r.m;
  }
  const values: Record<Axis, Float64Array> = { tx, T, m };
  const keys = Float64Array.from(x);
  for (const axis of axes) {
    const v = values[axis];
    const { levels, toLevel, fromLevel } = axis === 'm' ? moneyGrid(v) : timeGrid(v);
    for (let i = 0; i < n; i++) {
      const level = toLevel(v[i]!);
      keys[i] = keys[i]! * levels + level;
      v[i] = fromLevel(level);
    }
  }
  const slot = new Map<number, number>();
  const out: WeightedSummary[] = [];
  for (let i = 0; i < n; i++) {
    const at = slot.get(keys[i]!);
    if (at === undefined) {
      slot.set(keys[i]!, out.length);
      out.push({ x: x[i]!, tx: tx[i]!, T: T[i]!, m: m[i]!, w: w[i]! });
    } else out[at]!.w += w[i]!;
  }
  return out.length * 3 <= n ? out : null;
}

interface Grid {
  /** Levels 0 … levels − 1. */
  levels: number;
  toLevel: (v: number) => number;
  fromLevel: (level: number) => number;
}

// Rounding is monotone, so t_x ≤ T survives it.
function timeGrid(v: Float64Array): Grid {
  let max = 0;
  for (let i = 0; i < v.length; i++) if (v[i]! > max) max = v[i]!;
  const step = max / LEVELS;
  if (!(step > 0)) return { levels: 1, toLevel: () => 0, fromLevel: () => 0 };
  return { levels: LEVELS + 1, toLevel: (t) => Math.round(t / step), fromLevel: (l) => l * step };
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
