import { ROLE } from '../combine.ts';
import { indexNodes } from '../evaluate.ts';
import { allLeaves, decompositionLeaves, missingInputs } from '../leaves.ts';
import { logMean } from './log-mean.ts';
import { failure, type Attribution, type AttributionInput } from './types.ts';

/**
 * Additive log-mean Divisia split (LMDI-I). Each node carries a rate: the share of the target's
 * change per unit change of that node (1 at the target). Sums pass the rate on with each child's
 * sign; a product or ratio V = Π Xᵢ^eᵢ gives child i the rate r·L(V₁,V₀)·eᵢ / L(Xᵢ₁,Xᵢ₀), so
 * child i's amount r·L(V₁,V₀)·eᵢ·ln(Xᵢ₁/Xᵢ₀) is the textbook LMDI term and the terms add up to
 * r·(V₁ − V₀) exactly. No order is involved, and nothing is left as a residual.
 */
export function lmdi(input: AttributionInput): Attribution {
  const { tree, before, after } = input;
  const target = input.target ?? tree.revenue;
  const nodes = indexNodes(tree);
  const isLever = new Set(tree.levers);
  const leaves = decompositionLeaves(tree, target);
  const contributions: Record<string, number> = Object.fromEntries(allLeaves(leaves).map((id) => [id, 0]));
  const missing = new Set<string>();
  const nonPositive = new Set<string>();

  const visit = (id: string, rate: number): void => {
    const b = before[id] ?? null;
    const a = after[id] ?? null;
    const node = nodes.get(id);
    if (b === null || a === null || !node) {
      missingInputs(tree, [before, after], id).forEach((m) => missing.add(m));
      return;
    }
    if (isLever.has(id) || node.kind === 'measure') {
      contributions[id] = (contributions[id] ?? 0) + rate * (a - b);
      return;
    }
    const role = ROLE[node.kind];
    if (role.mode === 'add') {
      node.of.forEach((c, i) => visit(c, rate * role.sign(i)));
      return;
    }
    if (a <= 0 || b <= 0) {
      nonPositive.add(id);
      return;
    }
    const weight = rate * logMean(a, b);
    node.of.forEach((c, i) => {
      const cb = before[c] ?? null;
      const ca = after[c] ?? null;
      if (cb === null || ca === null) visit(c, 0);
      else if (cb <= 0 || ca <= 0) nonPositive.add(c);
      else visit(c, (weight * role.sign(i)) / logMean(ca, cb));
    });
  };

  visit(target, 1);
  if (missing.size > 0) return failure('lmdi', target, 'no-data', [...missing]);
  if (nonPositive.size > 0) return failure('lmdi', target, 'non-positive', [...nonPositive]);
  const b = before[target] as number;
  const a = after[target] as number;
  return { ok: true, method: 'lmdi', target, before: b, after: a, change: a - b, contributions, ...leaves };
}
