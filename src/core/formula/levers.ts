import { reevaluate } from './evaluate.ts';
import { changePct } from './percent.ts';
import type { FormulaTree, Maybe, NodeValues } from './types.ts';

/** One row of the lever table ("20-20-20-20"): what raising a lever (or all) by `step` gives. */
export interface LeverRow {
  /** Lever id, or 'all' for every lever raised together. */
  lever: string;
  /** Raise as a fraction: 0.2 means +20%. */
  step: number;
  revenue: Maybe;
  /** Change of revenue against the base, in percent points (20 = +20%). */
  revenueChangePct: Maybe;
  /** Null when the tree does not go down to profit. */
  profit: Maybe;
  profitChangePct: Maybe;
}

/** The lever table with the values it was computed from. */
export interface LeverTable {
  base: { revenue: Maybe; profit: Maybe };
  rows: LeverRow[];
}

/**
 * Raises each lever by `step` one at a time, then all together, and re-evaluates revenue and
 * profit. Only the levers move: fixed costs keep their base values, so profit changes by more
 * percent than revenue whenever they are above zero (operating leverage).
 */
export function leverTable(tree: FormulaTree, base: NodeValues, step = 0.2): LeverTable {
  const pick = (values: NodeValues, id: string | undefined): Maybe =>
    id === undefined ? null : (values[id] ?? null);
  const baseRevenue = pick(base, tree.revenue);
  const baseProfit = pick(base, tree.profit);
  const row = (lever: string, raised: readonly string[]): LeverRow => {
    const overrides: Record<string, Maybe> = {};
    for (const id of raised) {
      const v = base[id] ?? null;
      overrides[id] = v === null ? null : v * (1 + step);
    }
    const values = reevaluate(tree, base, overrides);
    const revenue = pick(values, tree.revenue);
    const profit = pick(values, tree.profit);
    return {
      lever,
      step,
      revenue,
      revenueChangePct: changePct(baseRevenue, revenue),
      profit,
      profitChangePct: changePct(baseProfit, profit),
    };
  };
  const rows = tree.levers.map((l) => row(l, [l]));
  rows.push(row('all', tree.levers));
  return { base: { revenue: baseRevenue, profit: baseProfit }, rows };
}
