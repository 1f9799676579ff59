import { attribute, explainSplit, roundContributions, type FormulaTree } from '../../core/formula/index.ts';
import { roundMoney } from '../../core/money/index.ts';
import type { Period } from '../../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from '../slicing/dimensions.ts';
import { evaluateCovered, type Evaluated } from './formula.ts';
import { emptySliceNotice } from '../slicing/slice-check.ts';
import type { z } from 'zod';
import type { CompareResultSchema, SplitSchema } from '../../contract/formula.ts';
import { loadedColumns } from './coverage.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Two periods of one tree to compare. */
export interface CompareRequest {
  tree: FormulaTree;
  before: Period;
  after: Period;
  filters?: Record<string, string[]>;
  /** 'lmdi' (default) or 'chain'. */
  method?: string;
  /** Lever order for chain substitution. */
  order?: string[];
  /** Locale for `explain` sentences; omitted → none. */
  explainLocale?: string;
}

/** The split of one node's change among levers, in kopecks that sum exactly to the change. */
export type Split = z.output<typeof SplitSchema>;

/** A period comparison: revenue split among levers, and profit when the tree has it. */
export type CompareResult = z.output<typeof CompareResultSchema>;

/** Splits the change of `target` between two evaluated periods. */
export function split(
  tree: FormulaTree,
  before: Evaluated,
  after: Evaluated,
  target: string,
  method: string,
  order?: string[],
): Split {
  const b = before.nodes[target] ?? null;
  const a = after.nodes[target] ?? null;
  const base = {
    before: b === null ? null : roundMoney(b),
    after: a === null ? null : roundMoney(a),
    change: a === null || b === null ? null : roundMoney(roundMoney(a) - roundMoney(b)),
    changePct: a === null || b === null || b === 0 ? null : ((a - b) / Math.abs(b)) * 100,
  };
  const res = attribute({ tree, before: before.nodes, after: after.nodes, target, order }, { method });
  if (!res.ok) return { ...base, method: res.method, contributions: {}, error: res.message };
  // Rounded parts sum to the change of the rounded totals, which is what the user sees.
  const contributions = roundContributions({ ...res, change: base.change ?? res.change });
  const out: Split = { ...base, method: res.method, contributions, exact: res.contributions };
  if (res.method === 'chain') out.order = [...res.levers, ...res.others];
  if (res.note) out.note = res.note;
  return out;
}

/** A chain order naming replaced levers (L, C) names their stand-in (buyers) instead, once. */
function standInOrder(order: string[] | undefined, standIns: Record<string, string[]>): string[] | undefined {
  if (!order) return order;
  const out: string[] = [];
  for (const id of order) {
    const into = Object.keys(standIns).find((s) => standIns[s]!.includes(id)) ?? id;
    if (!out.includes(into)) out.push(into);
  }
  return out;
}

/** Compares two periods: one scan per table covers both. */
export async function comparePeriods(ws: Workspace, req: CompareRequest): Promise<CompareResult> {
  const filters = req.filters ?? {};
  const method = req.method ?? 'lmdi';
  const columns = await ws.columns();
  checkDimensions(columns, { filters });
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [
      { name: 'before', period: req.before },
      { name: 'after', period: req.after },
    ],
    filters,
  });
  const loaded = await loadedColumns(ws, columns);
  const covered = evaluateCovered(
    req.tree,
    [grid.get('before')?.get('') ?? {}, grid.get('after')?.get('') ?? {}],
    loaded,
    Object.keys(filters),
  );
  const tree = covered.tree;
  const [before, after] = covered.evaluations as [Evaluated, Evaluated];
  const order = standInOrder(req.order, covered.coverage.standIns);
  const withNeeds = (s: Split, target: string): Split => {
    const needs = covered.coverage.needs[target];
    return s.error && needs ? { ...s, needs, target } : s;
  };
  const revenue = withNeeds(split(tree, before, after, tree.revenue, method, order), tree.revenue);
  const result: CompareResult = {
    model: req.tree.id,
    periods: { before: req.before, after: req.after },
    filters,
    ...revenue,
    detail: { before, after },
    coverage: covered.coverage,
  };
  // Either period empty under the filter leaves nothing to split: say so rather than show dashes.
  const empty =
    (await emptySliceNotice(ws, filters, [req.before])) ?? (await emptySliceNotice(ws, filters, [req.after]));
  if (empty) result.empty = empty;
  if (tree.profit !== undefined) {
    result.profit = withNeeds(split(tree, before, after, tree.profit, method, order), tree.profit);
  }
  if (req.explainLocale) {
    for (const s of [result, result.profit]) {
      if (s && !s.error && s.change !== null) {
        s.explain = explainSplit(
          tree,
          before.nodes,
          after.nodes,
          { ...s, change: s.change },
          req.explainLocale,
          // The model's own levers: a stand-in (buyers) is named by its label, not its id.
          req.tree.levers,
        );
      }
    }
  }
  return result;
}
