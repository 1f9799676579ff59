import type { FormulaTree } from './types.ts';

// Its own file, importing only types: the workbench draws the tree the numbers were computed on
// with this same rule, reached through src/contract/stand-ins.ts (the web imports no core).

/**
 * The tree with each stand-in in place of the levers it replaces, in the revenue product and the
 * lever list: what supportedTree found, applied again (the report reuses a comparison's finding).
 */
export function withStandIns(
  tree: FormulaTree,
  standIns: Readonly<Record<string, readonly string[]>>,
): FormulaTree {
  let out = tree;
  for (const [standIn, missing] of Object.entries(standIns)) {
    const swap = (ids: readonly string[]): string[] => {
      const at = ids.findIndex((id) => missing.includes(id));
      const kept = ids.filter((id) => !missing.includes(id));
      if (at >= 0) kept.splice(at, 0, standIn);
      return kept;
    };
    out = {
      ...out,
      levers: swap(out.levers),
      nodes: out.nodes.map((n) =>
        n.id === out.revenue && n.kind !== 'measure' ? { ...n, of: swap(n.of) } : n,
      ),
    };
  }
  return out;
}
