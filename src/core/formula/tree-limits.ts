import type { Bilingual } from '../../i18n/localized.ts';
import type { FormulaNode, FormulaTree } from './types.ts';

/**
 * What a node or measure id may be: letters of any alphabet (a Russian user names nodes in
 * Russian), digits, "_", "-" and ".", 1–64 of them, not starting with "-" or ".". Ids travel in
 * query strings (`--order L,C`, `--values L=100`) and charts print them, so nothing that is markup
 * or a separator (`<`, `"`, `,`, `=`, spaces) gets in.
 */
export const NODE_ID = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_.-]{0,63}$/u;

/**
 * The deepest chain of nodes a tree may have, counting the top node. Evaluation, the split among
 * levers and the explanations walk the tree recursively; real formulas are a handful of levels,
 * and thousands overflow the stack.
 */
export const MAX_TREE_DEPTH = 64;

/** Largest tree text accepted: a tree is dozens of nodes; megabytes are a mistake or an attack. */
export const MAX_TREE_BYTES = 256 * 1024;

const shown = (id: string) => JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);

/** Ids outside NODE_ID, each named by where it stands in the file (`nodes.3.id`, `measures.x`). */
export function idProblems(tree: FormulaTree): Bilingual[] {
  const problems: Bilingual[] = [];
  const check = (where: string, id: string) => {
    if (NODE_ID.test(id)) return;
    problems.push({
      en: `${where}: id ${shown(id)} is not allowed: use 1–64 letters, digits, "_", "-" or ".", starting with a letter, digit or "_"`,
      ru: `${where}: id ${shown(id)} недопустим: 1–64 буквы, цифры, «_», «-» или «.», первый знак — буква, цифра или «_»`,
    });
  };
  tree.nodes.forEach((n, i) => check(`nodes.${i}.id`, n.id));
  for (const id of Object.keys(tree.measures ?? {})) check(`measures.${id.slice(0, 80)}`, id);
  return problems;
}

const children = (n: FormulaNode): string[] => (n.kind === 'measure' ? [] : n.of);

/**
 * The tree's cycles and its deepest chain, found without recursion so a hostile tree thousands of
 * levels deep is measured and refused instead of overflowing the stack here.
 */
export function walkTree(
  tree: FormulaTree,
  byId: ReadonlyMap<string, FormulaNode>,
): { cycles: string[][]; deepest: string[] } {
  const cycles: string[][] = [];
  // The longest chain starting at each finished node, as the next id on it and its length.
  const next = new Map<string, string | undefined>();
  const length = new Map<string, number>();
  const onPath = new Map<string, number>();
  for (const root of tree.nodes) {
    if (length.has(root.id)) continue;
    const stack: { id: string; child: number }[] = [{ id: root.id, child: 0 }];
    onPath.set(root.id, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = children(byId.get(top.id)!);
      if (top.child < kids.length) {
        const c = kids[top.child++]!;
        if (!byId.has(c) || length.has(c)) continue;
        const at = onPath.get(c);
        if (at !== undefined) {
          cycles.push([...stack.slice(at).map((s) => s.id), c]);
          continue;
        }
        onPath.set(c, stack.length);
        stack.push({ id: c, child: 0 });
        continue;
      }
      let best: string | undefined;
      for (const c of kids) {
        if ((length.get(c) ?? 0) > (best === undefined ? 0 : length.get(best)!)) best = c;
      }
      next.set(top.id, best);
      length.set(top.id, 1 + (best === undefined ? 0 : length.get(best)!));
      onPath.delete(top.id);
      stack.pop();
    }
  }
  let start: string | undefined;
  for (const [id, n] of length) if (start === undefined || n > length.get(start)!) start = id;
  const deepest: string[] = [];
  for (let id = start; id !== undefined; id = next.get(id)) deepest.push(id);
  return { cycles, deepest };
}

/** The depth bound's message, with the chain's ends so the user finds it in the file. */
export function depthProblem(deepest: readonly string[]): Bilingual[] {
  if (deepest.length <= MAX_TREE_DEPTH) return [];
  const n = deepest.length;
  const chain = `${deepest.slice(0, 3).join(' → ')} → … → ${deepest[n - 1]}`;
  return [
    {
      en: `the tree is ${n} levels deep (${chain}); at most ${MAX_TREE_DEPTH} levels are allowed`,
      ru: `глубина дерева ${n} уровней (${chain}); допускается не больше ${MAX_TREE_DEPTH}`,
    },
  ];
}
