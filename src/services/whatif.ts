import {
  decompositionLeaves,
  goalSeek,
  whatIf,
  type FormulaTree,
  type GoalSeekResult,
  type Maybe,
  type NodeValues,
} from '../core/formula/index.ts';
import type { Period } from '../core/period/index.ts';
import { textOf } from '../i18n/index.ts';
import { formulaFor } from './formula.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

/** A goal for goal seek: the revenue or profit to reach. */
export interface WhatIfTarget {
  node: 'revenue' | 'profit';
  value: number;
}

/** The formula from typed-in lever values (or a period's data), and the goal seek when asked. */
export interface WhatIfResult {
  model: string;
  values: Record<string, Maybe>;
  revenue: Maybe;
  profit?: Maybe;
  nodes: NodeValues;
  goal?: GoalSeekResult;
}

/** What to evaluate; without `values` the period's data (needs a workspace) is the start. */
export interface WhatIfRequest {
  tree: FormulaTree;
  values?: Record<string, number>;
  period?: Period;
  filters?: Record<string, string[]>;
  target?: WhatIfTarget;
  /** Goal seek moves this lever alone; all levers by one factor otherwise. */
  lever?: string;
}

/** "revenue=1000" or "profit=500" → a target; `option` names the input in the error. */
export function parseTarget(spec: string, option = '--target'): WhatIfTarget {
  const [name, raw] = spec.split('=');
  const value = Number(raw);
  if ((name !== 'revenue' && name !== 'profit') || raw === undefined || !Number.isFinite(value)) {
    throw new UserError(
      {
        en: `${option} "${spec}": expected revenue=NUMBER or profit=NUMBER`,
        ru: `${option} «${spec}»: ожидается revenue=ЧИСЛО или profit=ЧИСЛО`,
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
      en: `--values: model "${tree.id}" has no input ${unknown.map((id) => `"${id}"`).join(', ')}; its inputs are ${inputs.join(', ')}`,
      ru: `--values: в модели «${tree.id}» нет входа ${unknown.map((id) => `«${id}»`).join(', ')}; её входы: ${inputs.join(', ')}`,
    },
    'values',
  );
}

/** Evaluates the what-if; `ws` is needed only when `values` is not given. */
export async function whatIfFor(ws: Workspace | null, req: WhatIfRequest): Promise<WhatIfResult> {
  const { tree } = req;
  let nodes: NodeValues;
  let input: Record<string, Maybe>;
  if (req.values) {
    const values = req.values;
    checkValueNames(tree, values);
    input = values;
    nodes = blame('values', () => whatIf(tree, values).values);
  } else {
    if (!ws || !req.period)
      throw new UserError(
        { en: 'give lever values or a period of data', ru: 'задайте значения рычагов или период данных' },
        'values',
      );
    const res = await formulaFor(ws, { tree, period: req.period, filters: req.filters });
    nodes = res.nodes;
    input = res.levers;
  }
  const result: WhatIfResult = {
    model: tree.id,
    values: input,
    revenue: nodes[tree.revenue] ?? null,
    profit: tree.profit ? (nodes[tree.profit] ?? null) : undefined,
    nodes,
  };
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
    const lever = req.lever;
    result.goal = blame(lever ? 'lever' : 'target', () =>
      goalSeek({ tree, values: nodes, target: target.value, node, mode: lever ? { lever } : 'equal' }),
    );
  }
  return result;
}
