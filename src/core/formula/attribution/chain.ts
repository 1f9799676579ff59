import { evaluate } from '../evaluate.ts';
import { allLeaves, decompositionLeaves, missingInputs, type Leaves } from '../leaves.ts';
import { failure, type Attribution, type AttributionInput } from './types.ts';
import { UserError } from '../../../i18n/user-error.ts';

/** The substitution order: the levers asked for first, then every other input in default order. */
function resolveOrder(order: readonly string[] | undefined, leaves: Leaves, target: string): string[] {
  const all = allLeaves(leaves);
  if (!order) return all;
  const unknown = order.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    throw new UserError({
      en: `chain order names ${unknown.map((u) => `"${u}"`).join(', ')}, not inputs of "${target}"`,
      ru: `в порядке цепных подстановок ${unknown.map((u) => `«${u}»`).join(', ')} — не входы «${target}»`,
    });
  }
  if (new Set(order).size !== order.length)
    throw new UserError({
      en: `chain order repeats a lever: ${order.join(', ')}`,
      ru: `в порядке цепных подстановок рычаг повторяется: ${order.join(', ')}`,
    });
  return [...order, ...all.filter((id) => !order.includes(id))];
}

/**
 * Chain substitution (метод цепных подстановок): start from all inputs at "before", switch them
 * to "after" one at a time in order, re-evaluating the tree; each input gets the step its switch
 * made. The steps telescope to after − before, but depend on the order chosen.
 */
export function chain(input: AttributionInput): Attribution {
  const { tree, before, after } = input;
  const target = input.target ?? tree.revenue;
  const leaves = decompositionLeaves(tree, target);
  const order = resolveOrder(input.order, leaves, target);
  const isNull = (id: string): boolean => (before[id] ?? null) === null || (after[id] ?? null) === null;
  if (isNull(target))
    return failure('chain', target, 'no-data', missingInputs(tree, [before, after], target));
  if (order.some(isNull)) return failure('chain', target, 'no-data', order.filter(isNull));

  const current: Record<string, number> = Object.fromEntries(order.map((id) => [id, before[id] as number]));
  const valueNow = (): number | null => evaluate(tree, {}, current)[target] ?? null;
  let prev = valueNow();
  const contributions: Record<string, number> = {};
  for (const id of order) {
    current[id] = after[id] as number;
    const next = valueNow();
    if (prev === null || next === null) return failure('chain', target, 'no-data', [target]);
    contributions[id] = next - prev;
    prev = next;
  }
  const ordered = Object.fromEntries(allLeaves(leaves).map((id) => [id, contributions[id] ?? 0]));
  const b = before[target] as number;
  const a = after[target] as number;
  return {
    ok: true,
    method: 'chain',
    target,
    before: b,
    after: a,
    change: a - b,
    contributions: ordered,
    ...leaves,
  };
}
