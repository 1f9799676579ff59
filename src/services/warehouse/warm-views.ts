import { getPreset } from '../../core/formula/index.ts';
import { comparePeriods } from '../formula/compare.ts';
import { defaultPeriods, orderDateRange } from './data-range.ts';
import { dimensionValuesFor } from '../slicing/dimension-values.ts';
import { formulaFor } from '../formula/formula.ts';
import { orderIdsUnique } from './facts.ts';
import type { Workspace } from './workspace.ts';

/** The models the workbench opens with (web/src/app/analysis-params.tsx defaults to profit). */
export const FIRST_VIEW_MODELS = ['profit'] as const;

/**
 * Computes what the workbench shows first — the formula and the comparison of the default
 * periods — so the reads behind them are in the workspace's read memo before anyone asks: over
 * 10M order lines they take seconds, and a person opening the workbench should not wait for them.
 * Run after the server starts and after each import; an empty warehouse warms nothing.
 */
export async function warmFirstViews(
  ws: Workspace,
  models: readonly string[] = FIRST_VIEW_MODELS,
): Promise<void> {
  const columns = await ws.columns();
  if (!(await orderDateRange(ws.reader, columns))) return;
  // The RFM pages' one-off question (are order ids unique?) is answered now, not on first view.
  if (columns.get('orders')?.has('order_id')) await orderIdsUnique(ws);
  const { current, previous } = await defaultPeriods(ws.reader, columns);
  for (const id of models) {
    const tree = getPreset(id);
    await formulaFor(ws, { tree, period: current });
    await comparePeriods(ws, { tree, before: previous, after: current });
  }
  // Every analysis page draws its filter dropdowns from this one scan.
  await dimensionValuesFor(ws);
}
