import { BUILTIN_MEASURES } from './measures.ts';
import { FormulaTreeError, type TreeProblem } from './tree-error.ts';
import { depthProblem, idProblems, walkTree } from './tree-limits.ts';
import type { FormulaNode, FormulaTree } from './types.ts';

function structureErrors(tree: FormulaTree, byId: Map<string, FormulaNode>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const n of tree.nodes) {
    if (seen.has(n.id)) errors.push(`duplicate node id "${n.id}"`);
    seen.add(n.id);
  }
  const knownMeasure = (m: string): boolean =>
    Object.hasOwn(tree.measures ?? {}, m) || Object.hasOwn(BUILTIN_MEASURES, m);
  for (const n of tree.nodes) {
    if (n.kind === 'measure') {
      if (!knownMeasure(n.measure)) {
        errors.push(
          `node "${n.id}" uses unknown measure "${n.measure}" (neither built in nor in the tree's measures)`,
        );
      }
      continue;
    }
    if (n.kind === 'ratio' && n.of.length !== 2) {
      errors.push(
        `ratio node "${n.id}" needs exactly 2 children (numerator, denominator), has ${n.of.length}`,
      );
    } else if (n.of.length === 0) errors.push(`${n.kind} node "${n.id}" has no children`);
    for (const c of n.of) if (!byId.has(c)) errors.push(`node "${n.id}" refers to unknown node "${c}"`);
  }
  for (const [id, spec] of Object.entries(tree.measures ?? {})) {
    if (spec.fallback !== undefined && !knownMeasure(spec.fallback)) {
      errors.push(`measure "${id}" falls back to unknown measure "${spec.fallback}"`);
    }
  }
  for (const l of tree.levers) if (!byId.has(l)) errors.push(`lever "${l}" is not a node`);
  if (!byId.has(tree.revenue)) errors.push(`revenue node "${tree.revenue}" is not a node`);
  if (tree.profit !== undefined && !byId.has(tree.profit))
    errors.push(`profit node "${tree.profit}" is not a node`);
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
    ...cycles.map((c) => `cycle: ${c.join(' → ')}`),
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
