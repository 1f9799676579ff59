import { dataCoverage, type Sheet } from '../../core/kpi/index.ts';
import { lastDayOf, type Period } from '../../core/period/index.ts';
import { kpiEmployee } from '../../store/index.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/**
 * A computed sheet with what a reader needs around it: the employee's name (sheets are keyed by
 * id; an export titled "orlova" says nothing to an accountant), and, when the warehouse's data
 * ends inside the sheet's period, that the facts cover only part of it. The data's end is the
 * last order's day, the one every analysis screen takes as the data's end.
 */
export async function withSheetContext(ws: Workspace, sheet: Sheet, period: Period | null): Promise<Sheet> {
  const name = kpiEmployee(ws.store, sheet.employee)?.name;
  const out: Sheet = { ...sheet, ...(name && name !== sheet.employee ? { employeeName: name } : {}) };
  if (!period) return out;
  const range = await orderDateRange(ws.engine, await ws.columns());
  const coverage = dataCoverage(period.from, lastDayOf(period), range?.last ?? null);
  return coverage ? { ...out, coverage } : out;
}
