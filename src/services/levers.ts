import { leverTable, type FormulaTree, type LeverTable } from '../core/formula/index.ts';
import type { Period } from '../core/period/index.ts';
import { fetchMeasures } from './measure-fetch.ts';
import { checkDimensions } from './dimensions.ts';
import { evaluateCovered } from './formula.ts';
import { emptySliceNotice } from './slice-check.ts';
import type { Bilingual } from '../i18n/index.ts';
import { loadedColumns, type Coverage } from './coverage.ts';
import type { Workspace } from './workspace.ts';

/** The +step lever table of a period. */
export interface LeversResult extends LeverTable {
  model: string;
  period: Period;
  filters: Record<string, string[]>;
  step: number;
  /** Set when the filter leaves no rows (bilingual): the figures are empty because of it. */
  empty?: Bilingual;
  /** The levers raised (buyers in place of L × C without leads) and which file would give the rest. */
  coverage: Coverage;
}

/** Raises each lever by `step` (0.2 = +20%), then all, on the period's values. */
export async function leversFor(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; filters?: Record<string, string[]>; step?: number },
): Promise<LeversResult> {
  const filters = req.filters ?? {};
  const step = req.step ?? 0.2;
  const columns = await ws.columns();
  checkDimensions(columns, { filters });
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [{ name: 'period', period: req.period }],
    filters,
  });
  const loaded = await loadedColumns(ws, columns);
  const covered = evaluateCovered(req.tree, [grid.get('period')?.get('') ?? {}], loaded);
  const empty = await emptySliceNotice(ws, filters, [req.period]);
  return {
    model: req.tree.id,
    period: req.period,
    filters,
    step,
    ...leverTable(covered.tree, covered.evaluations[0]!.nodes, step),
    coverage: covered.coverage,
    ...(empty ? { empty } : {}),
  };
}
