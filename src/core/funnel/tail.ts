import type { FunnelCell } from './funnel.ts';

/** What the tail grouping merged: the label it used and how many values it merged at each step. */
export interface FunnelOther {
  /** The merged value's name: the label asked for, made distinct from every real value. */
  label: string;
  /** Values merged into it at step 1, 2, …; 0 where the step kept every value. */
  items: number[];
}

/** Cells with each step's tail merged, and what was merged (null when nothing was). */
export interface GroupedCells {
  cells: FunnelCell[];
  other: FunnelOther | null;
}

// Most customers first, ties by name, "no value" last: the order the funnel lists values in.
const rank = (a: [string | null, number], b: [string | null, number]): number =>
  b[1] - a[1] || String(a[0] ?? '\uffff').localeCompare(String(b[0] ?? '\uffff'));

/**
 * Keeps the `top` values with most customers at each step and merges the rest into one value
 * named `label` ("Прочие" / "Other"), working on the engine's aggregated transition cells, never
 * on orders. Merging sums customers and revenue, so the shares and average checks `shapeFunnel`
 * computes for the merged value are weighted by customers — revenue ÷ customers of the whole tail,
 * not an average of its items' averages. A tail of a single value is kept as it is: renaming one
 * value "other" would only hide it. So a step shows at most `top` + 1 values.
 */
export function groupFunnelTail(cells: readonly FunnelCell[], top: number, label: string): GroupedCells {
  const byStep = new Map<number, Map<string | null, number>>();
  const names = new Set<string>();
  for (const c of cells) {
    const step = byStep.get(c.step) ?? new Map<string | null, number>();
    step.set(c.value, (step.get(c.value) ?? 0) + c.customers);
    byStep.set(c.step, step);
    for (const v of [c.value, c.nextValue]) if (v !== null) names.add(v);
  }
  let name = label;
  while (names.has(name)) name += '*';
  const kept = new Map<number, Set<string | null>>();
  const steps = Math.max(0, ...byStep.keys());
  const items = Array.from({ length: steps }, () => 0);
  for (const [step, values] of byStep) {
    const ranked = [...values].sort(rank);
    if (ranked.length <= top + 1) continue;
    kept.set(step, new Set(ranked.slice(0, top).map(([v]) => v)));
    items[step - 1] = ranked.length - top;
  }
  if (kept.size === 0) return { cells: [...cells], other: null };
  const relabel = (step: number, v: string | null) => {
    const keep = kept.get(step);
    return !keep || keep.has(v) ? v : name;
  };
  const merged = new Map<string, FunnelCell>();
  for (const c of cells) {
    const value = relabel(c.step, c.value);
    const nextValue = c.continued ? relabel(c.step + 1, c.nextValue) : c.nextValue;
    const key = JSON.stringify([c.step, value, nextValue, c.continued]);
    const m = merged.get(key);
    if (m) {
      m.customers += c.customers;
      m.revenue += c.revenue;
      m.nextRevenue += c.nextRevenue;
    } else merged.set(key, { ...c, value, nextValue });
  }
  return { cells: [...merged.values()], other: { label: name, items } };
}
