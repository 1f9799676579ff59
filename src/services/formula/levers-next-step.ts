import type { FormulaTree } from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import { constraintFor } from './constraint.ts';
import { orderDimensions } from '../slicing/dimensions.ts';
import type { NextStep } from './next-step.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/**
 * The dimension the lever table's next step is found along when none is chosen: stores, which
 * owners compare first, else the first dimension of the orders — the Constraint page's default.
 */
export function defaultConstraintDimension(orderColumns: Iterable<string>): string | null {
  const dims = orderDimensions(orderColumns);
  return dims.includes('store') ? 'store' : (dims[0] ?? null);
}

/**
 * "What to do next" for the lever table: the +20% table says how much each lever is worth, the
 * key constraint along the default dimension says which one to raise and where. Null when the
 * orders have no dimension or no segment lags.
 */
export async function leversNextStep(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; filters?: Record<string, string[]> },
): Promise<NextStep | null> {
  const by = defaultConstraintDimension((await ws.columns()).get('orders') ?? []);
  if (by === null) return null;
  return (await constraintFor(ws, { ...req, by })).nextStep;
}
