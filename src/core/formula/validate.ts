import type { Bilingual } from '../../i18n/localized.ts';
import { BUILTIN_MEASURES } from './measures.ts';
import { FormulaTreeError, type TreeProblem } from './tree-error.ts';
import { depthProblem, idProblems, walkTree } from './tree-limits.ts';
import type { FormulaNode, FormulaTree } from './types.ts';

function structureErrors(tree: FormulaTree, byId: Map<string, FormulaNode>): Bilingual[] {
  const errors: Bilingual[] = [];
  const seen = new Set<string>();
  for (const n of tree.nodes) {
    if (seen.has(n.id))
      errors.push({ en: `duplicate node id "${n.id}"`, ru: `id узла «${n.id}» повторяется` });
    seen.add(n.id);
  }
  const knownMeasure = (m: string): boolean =>
    Object.hasOwn(tree.measures ?? {}, m) || Object.hasOwn(BUILTIN_MEASURES, m);
  for (const n of tree.nodes) {
    if (n.kind === 'measure') {
      if (!knownMeasure(n.measure)) {
        errors.push({
          en: `node "${n.id}" uses unknown measure "${n.measure}" (neither built in nor in the tree's measures)`,
          ru: `узел «${n.id}» использует неизвестную меру «${n.measure}» (её нет ни среди встроенных, ни в measures дерева)`,
        });
      }
      continue;
    }
    if (n.kind === 'ratio' && n.of.length !== 2) {
      errors.push({
        en: `ratio node "${n.id}" needs exactly 2 children (numerator, denominator), has ${n.of.length}`,
        ru: `у узла-отношения «${n.id}» должно быть ровно 2 потомка (числитель, знаменатель), а их ${n.of.length}`,
      });
    } else if (n.of.length === 0) {
      errors.push({
        en: `${n.kind} node "${n.id}" has no children`,
        ru: `у узла ${n.kind} «${n.id}» нет потомков`,
      });
    }
    for (const c of n.of) {
      if (!byId.has(c)) {
        errors.push({
          en: `node "${n.id}" refers to unknown node "${c}"`,
          ru: `узел «${n.id}» ссылается на неизвестный узел «${c}»`,
        });
      }
    }
  }
  for (const [id, spec] of Object.entries(tree.measures ?? {})) {
    if (spec.fallback !== undefined && !knownMeasure(spec.fallback)) {
      errors.push({
        en: `measure "${id}" falls back to unknown measure "${spec.fallback}"`,
        ru: `мера «${id}» ссылается в fallback на неизвестную меру «${spec.fallback}»`,
      });
    }
  }
  const notNode = (what: Bilingual, id: string): Bilingual => ({
    en: `${what.en} "${id}" is not a node`,
    ru: `${what.ru} «${id}» — не узел дерева`,
  });
  for (const l of tree.levers) if (!byId.has(l)) errors.push(notNode({ en: 'lever', ru: 'рычаг' }, l));
  if (!byId.has(tree.revenue)) errors.push(notNode({ en: 'revenue node', ru: 'узел выручки' }, tree.revenue));
  if (tree.profit !== undefined && !byId.has(tree.profit))
    errors.push(notNode({ en: 'profit node', ru: 'узел прибыли' }, tree.profit));
  return errors;
}

/**
 * All problems of a tree as data; an empty list means the tree can be evaluated. Cycles and the
 * depth come from one walk without recursion (a hostile tree may be thousands of levels deep).
 */
export function validateTree(tree: FormulaTree): TreeProblem[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const { cycles, deepest } = walkTree(tree, byId);
  return [
    ...idProblems(tree),
    ...structureErrors(tree, byId),
    ...cycles.map((c) => ({ en: `cycle: ${c.join(' → ')}`, ru: `цикл: ${c.join(' → ')}` })),
    // A cycle has no depth; the bound is only meaningful once the tree is a tree.
    ...(cycles.length === 0 ? depthProblem(deepest) : []),
  ];
}

/** Throws one FormulaTreeError listing every problem, or returns the tree unchanged. */
export function assertValidTree(tree: FormulaTree): FormulaTree {
  const errors = validateTree(tree);
  if (errors.length > 0) throw new FormulaTreeError(errors, tree.id);
  return tree;
}
