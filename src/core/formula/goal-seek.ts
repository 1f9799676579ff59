import type { Bilingual } from '../../i18n/localized.ts';
import { indexNodes, reevaluate } from './evaluate.ts';
import { decompositionLeaves, missingInputs } from './leaves.ts';
import { changePct } from './percent.ts';
import type { FormulaTree, NodeValues } from './types.ts';
import { WhatIfError } from './whatif-error.ts';
import type { Lang } from '../../i18n/locale.ts';

/** 'equal': one factor on every lever of the node; { lever }: that lever alone moves. */
export type GoalMode = 'equal' | { lever: string };

export interface GoalSeekInput {
  tree: FormulaTree;
  /** Evaluated values to start from. */
  values: NodeValues;
  /** The value wanted for `node`. */
  target: number;
  /** Node to reach; the tree's revenue node by default (its profit node works too). */
  node?: string;
  mode?: GoalMode;
}

export interface LeverMove {
  lever: string;
  from: number;
  to: number;
  /** Percent points: 20 means +20%. */
  changePct: number;
}

export interface GoalSeekResult {
  node: string;
  from: number;
  /** The value reached (equal to the target within float precision). */
  value: number;
  /** Factor applied to each moved lever. */
  factor: number;
  levers: LeverMove[];
}

function movedLevers(tree: FormulaTree, node: string, mode: GoalMode): string[] {
  const reached = decompositionLeaves(tree, node).levers;
  if (mode === 'equal') return reached;
  if (!reached.includes(mode.lever)) {
    throw new WhatIfError({
      en: `lever "${mode.lever}" does not drive "${node}" in tree "${tree.id}": use ${reached.join(', ')}`,
      ru: `рычаг «${mode.lever}» не влияет на «${node}» в модели «${tree.id}»: выберите из ${reached.join(', ')}`,
    });
  }
  return [mode.lever];
}

/**
 * A node with no value cannot be goal-sought: says which inputs are missing, by label and id
 * (profit typed from lever values needs marketing spend, SG&A and other costs as well), instead
 * of the solver's bare "no data".
 */
function requireValue(tree: FormulaTree, values: NodeValues, node: string, goal: Bilingual): void {
  if ((values[node] ?? null) !== null) return;
  const nodes = indexNodes(tree);
  const missing = missingInputs(tree, [values], node).filter((id) => id !== node);
  const names = (lang: Lang) => missing.map((id) => `${nodes.get(id)?.label[lang] ?? id} (${id})`).join(', ');
  if (missing.length === 0)
    throw new WhatIfError({
      en: `${goal.en}: "${node}" cannot be computed from these values (a division by zero)`,
      ru: `${goal.ru}: «${node}» не вычислить из этих значений (деление на ноль)`,
    });
  throw new WhatIfError({
    en: `${goal.en}: "${node}" needs a value for ${names('en')}; give ${missing.length > 1 ? 'them' : 'it'} with the lever values`,
    ru: `${goal.ru}: для «${node}» нужно значение: ${names('ru')}; задайте ${missing.length > 1 ? 'их' : 'его'} вместе с рычагами`,
  });
}

/** Finds k with g(k) = 0, bracketing by doubling and halving from k = 1, then by bisection. */
function solve(g: (k: number) => number | null, goal: Bilingual): number {
  const g1 = g(1);
  if (g1 === null)
    throw new WhatIfError({
      en: `${goal.en}: the current value has no data`,
      ru: `${goal.ru}: у текущего значения нет данных`,
    });
  if (g1 === 0) return 1;
  let other: number | null = null;
  for (let i = 1; i <= 64 && other === null; i++) {
    for (const k of [2 ** i, 2 ** -i]) {
      const v = g(k);
      if (v !== null && Math.sign(v) !== Math.sign(g1)) {
        other = k;
        break;
      }
    }
  }
  if (other === null)
    throw new WhatIfError({
      en: `${goal.en} is unreachable by scaling the levers`,
      ru: `${goal.ru} недостижима изменением рычагов`,
    });
  let [lo, hi] = other > 1 ? [1, other] : [other, 1];
  const signLo = Math.sign(g(lo) ?? 0);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    const v = g(mid);
    if (v === null)
      throw new WhatIfError({
        en: `${goal.en}: no data at factor ${mid}`,
        ru: `${goal.ru}: нет данных при множителе ${mid}`,
      });
    if (v === 0) return mid;
    if (Math.sign(v) === signLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Goal seek: the factor on the levers that brings a node to a target. Solved numerically on the
 * tree, so a profit node with fixed costs works as well as a pure product (where the 'equal'
 * factor is (target / current)^(1/n)).
 */
export function goalSeek(input: GoalSeekInput): GoalSeekResult {
  const { tree, values, target } = input;
  const node = input.node ?? tree.revenue;
  const goal: Bilingual = { en: `target ${target} for "${node}"`, ru: `цель ${target} для «${node}»` };
  requireValue(tree, values, node, goal);
  const levers = movedLevers(tree, node, input.mode ?? 'equal');
  const base = levers.map((l) => {
    const v = values[l] ?? null;
    if (v === null || v === 0)
      throw new WhatIfError({
        en: `lever "${l}" is ${v === null ? 'without data' : '0'}; scaling cannot move it`,
        ru: `рычаг «${l}» ${v === null ? 'без данных' : 'равен 0'}; умножение его не сдвинет`,
      });
    return v;
  });
  const valueAt = (k: number): number | null => {
    const overrides = Object.fromEntries(levers.map((l, i) => [l, (base[i] as number) * k]));
    return reevaluate(tree, values, overrides)[node] ?? null;
  };
  const factor = solve((k) => {
    const v = valueAt(k);
    return v === null ? null : v - target;
  }, goal);
  const from = valueAt(1) as number;
  return {
    node,
    from,
    value: valueAt(factor) as number,
    factor,
    levers: levers.map((lever, i) => {
      const f = base[i] as number;
      return { lever, from: f, to: f * factor, changePct: changePct(f, f * factor) as number };
    }),
  };
}
