import type { z } from 'zod';
import type { WhatIfResultSchema } from '../../contract/formula.ts';
import {
  decompositionLeaves,
  goalSeek,
  indexNodes,
  whatIf,
  whatIfInputs,
  type FormulaTree,
  type Maybe,
  type NodeValues,
} from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import { FIELD, textOf } from '../../i18n/index.ts';
import { orderDateRange, defaultPeriods } from '../warehouse/data-range.ts';
import { formulaFor } from './formula.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** A goal for goal seek: the revenue or profit to reach. */
export interface WhatIfTarget {
  node: 'revenue' | 'profit';
  value: number;
}

/**
 * An input of the what-if that is no lever (marketing spend, SG&A, other costs in the profit
 * model) and where its value came from: typed in, the period's data, or nowhere yet.
 */
export type WhatIfCost = NonNullable<WhatIfResult['costs']>[number];

/** The formula from typed-in lever values (or a period's data), and the goal seek when asked. */
export type WhatIfResult = z.output<typeof WhatIfResultSchema>;

/**
 * What to evaluate; without `values` the period's data (needs a workspace) is the start. With
 * `values`, inputs that are no lever and were not typed (costs) are read from the period's data
 * when a workspace is given (the last 12 complete months when `period` is not).
 */
export interface WhatIfRequest {
  tree: FormulaTree;
  values?: Record<string, number>;
  period?: Period;
  filters?: Record<string, string[]>;
  target?: WhatIfTarget;
  /** Goal seek moves this lever alone; all levers by one factor otherwise. */
  lever?: string;
}

/** "revenue=1000" or "profit=500" → a target; the error names the input as `{field}` (the surface spells it). */
export function parseTarget(spec: string): WhatIfTarget {
  const [name, raw] = spec.split('=');
  const value = Number(raw);
  if ((name !== 'revenue' && name !== 'profit') || raw === undefined || !Number.isFinite(value)) {
    throw new UserError(
      {
        en: `${FIELD} "${spec}": expected revenue=NUMBER or profit=NUMBER`,
        ru: `${FIELD} «${spec}»: ожидается revenue=ЧИСЛО или profit=ЧИСЛО`,
      },
      'target',
    );
  }
  return { node: name, value };
}

/**
 * Core errors here come from what the user typed (a missing lever, an unreachable goal): the
 * core's WhatIfError says why in both languages; another error's text is kept as it is.
 */
function blame<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new UserError(textOf(e), field, { cause: e });
  }
}

/**
 * Refuses a typed value for a node the model's formula does not read (a typo, a lever of another
 * model), naming the ones it does; the core would say so only in English and by its own words.
 */
function checkValueNames(tree: FormulaTree, values: Readonly<Record<string, number>>): void {
  const inputs = [
    ...new Set(
      [tree.revenue, tree.profit]
        .filter((n): n is string => n !== undefined)
        .flatMap((n) => {
          const leaves = decompositionLeaves(tree, n);
          return [...leaves.levers, ...leaves.others];
        }),
    ),
  ];
  const unknown = Object.keys(values).filter((id) => !inputs.includes(id));
  if (unknown.length === 0) return;
  throw new UserError(
    {
      en: `${FIELD}: model "${tree.id}" has no input ${unknown.map((id) => `"${id}"`).join(', ')}; its inputs are ${inputs.join(', ')}`,
      ru: `${FIELD}: в модели «${tree.id}» нет входа ${unknown.map((id) => `«${id}»`).join(', ')}; её входы: ${inputs.join(', ')}`,
    },
    'values',
  );
}

/** The non-lever inputs of a what-if that `values` does not give (costs, to default from data). */
export function untypedCosts(tree: FormulaTree, values: Readonly<Record<string, number>>): string[] {
  return whatIfInputs(tree).others.filter((id) => !Number.isFinite(values[id]));
}

/** "Marketing spend (spend), SG&A (sga)" in one language. */
function namesOf(tree: FormulaTree, ids: readonly string[], lang: Lang): string {
  const nodes = indexNodes(tree);
  return ids.map((id) => `${nodes.get(id)?.label[lang] ?? id} (${id})`).join(', ');
}

/**
 * The period's values of the costs not typed in, or null when the warehouse has no orders (so
 * no period to default to); a period with data but no cost rows gives nulls.
 */
async function costsFromData(
  ws: Workspace,
  req: WhatIfRequest,
): Promise<{ period: Period; nodes: NodeValues } | null> {
  let period = req.period;
  if (!period) {
    if (!(await orderDateRange(ws.reader, await ws.columns()))) return null;
    period = (await defaultPeriods(ws.reader, await ws.columns())).current;
  }
  const res = await formulaFor(ws, { tree: req.tree, period, filters: req.filters });
  return { period, nodes: res.nodes };
}

/**
 * Evaluates the what-if. `ws` is needed when `values` is not given (the period's data is the
 * start); with `values` it is optional and only fills the costs the user did not type.
 */
export async function whatIfFor(ws: Workspace | null, req: WhatIfRequest): Promise<WhatIfResult> {
  const { tree } = req;
  const costIds = whatIfInputs(tree).others;
  let nodes: NodeValues;
  let input: Record<string, Maybe>;
  let costs: WhatIfCost[];
  let costsPeriod: Period | undefined;
  let profitMissing: string[] = [];
  if (req.values) {
    const typed = req.values;
    checkValueNames(tree, typed);
    const untyped = untypedCosts(tree, typed);
    const data = ws && untyped.length > 0 ? await costsFromData(ws, req) : null;
    const values: Record<string, number> = { ...typed };
    costs = costIds.map((id) => {
      if (Number.isFinite(typed[id])) return { id, value: typed[id] as number, source: 'given' };
      const v = data?.nodes[id] ?? null;
      if (v === null) return { id, value: null, source: 'none' };
      values[id] = v;
      return { id, value: v, source: 'data' };
    });
    if (data && costs.some((c) => c.source === 'data')) costsPeriod = data.period;
    input = values;
    const w = blame('values', () => whatIf(tree, values));
    nodes = w.values;
    profitMissing = w.profitMissing;
  } else {
    if (!ws || !req.period)
      throw new UserError(
        { en: 'give lever values or a period of data', ru: 'задайте значения рычагов или период данных' },
        'values',
      );
    const res = await formulaFor(ws, { tree, period: req.period, filters: req.filters });
    nodes = res.nodes;
    input = res.levers;
    costs = costIds.map((id) => {
      const v = nodes[id] ?? null;
      return { id, value: v, source: v === null ? 'none' : 'data' };
    });
    costsPeriod = req.period;
    // A period without cost rows: profit is null for want of them, named as with typed values.
    if (tree.profit && (nodes[tree.profit] ?? null) === null)
      profitMissing = costs.filter((c) => c.source === 'none').map((c) => c.id);
  }
  const result: WhatIfResult = {
    model: tree.id,
    values: input,
    revenue: nodes[tree.revenue] ?? null,
    profit: tree.profit ? (nodes[tree.profit] ?? null) : undefined,
    nodes,
  };
  if (costs.length > 0) result.costs = costs;
  if (costsPeriod) result.costsPeriod = costsPeriod;
  if (profitMissing.length > 0) {
    result.profit = null;
    result.profitMissing = profitMissing;
  }
  const target = req.target;
  if (target) {
    const node = target.node === 'profit' ? tree.profit : tree.revenue;
    if (!node)
      throw new UserError(
        {
          en: `model "${tree.id}" has no profit node; use the profit model`,
          ru: `в модели «${tree.id}» нет узла прибыли; используйте модель profit`,
        },
        'target',
      );
    if (node === tree.profit && profitMissing.length > 0)
      throw new UserError(
        {
          en: `profit needs ${namesOf(tree, profitMissing, 'en')}: there is no data to take ${profitMissing.length > 1 ? 'them' : 'it'} from, so give ${profitMissing.length > 1 ? 'them' : 'it'} with the lever values: ${profitMissing.map((id) => `${id}=N`).join(',')}`,
          ru: `для прибыли нужны ${namesOf(tree, profitMissing, 'ru')}: данных, откуда ${profitMissing.length > 1 ? 'их' : 'его'} взять, нет, задайте ${profitMissing.length > 1 ? 'их' : 'его'} вместе с рычагами: ${profitMissing.map((id) => `${id}=ЧИСЛО`).join(',')}`,
        },
        'values',
      );
    const lever = req.lever;
    result.goal = blame(lever ? 'lever' : 'target', () =>
      goalSeek({ tree, values: nodes, target: target.value, node, mode: lever ? { lever } : 'equal' }),
    );
  }
  return result;
}
