import { DEFAULT_SEGMENTS } from '../../core/rfm/index.ts';
import type { RfmGrid } from '../../contract/customers.ts';
import { rfmOverviewFor, type RfmRequest } from './rfm.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** The RFM picture of the whole base without the per-customer lines: the contract's RfmGrid. */
export type RfmGridResult = RfmGrid;

/**
 * Scores the base once and returns the summary and the R × F grid, not the customers: the
 * workbench's heatmap needs n² numbers, not a million lines (those come from the list route).
 */
export async function rfmGridFor(
  ws: Workspace,
  req: Omit<RfmRequest, 'segment'>,
  lang: Lang = 'en',
): Promise<RfmGridResult> {
  const rules = req.rules ?? DEFAULT_SEGMENTS;
  const res = await rfmOverviewFor(ws, req);
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    asOf: res.asOf,
    binning: res.binning,
    bins: res.bins,
    windowDays: res.windowDays,
    wholeHistory: res.wholeHistory,
    boundaries: res.boundaries,
    customers: res.customers,
    revenue: res.revenue,
    segments: res.summary.map((s) => ({
      ...s,
      name: byId.get(s.segment)?.name[lang] ?? s.segment,
      tactic: byId.get(s.segment)?.tactic[lang] ?? '',
    })),
    grid: res.grid,
  };
}
