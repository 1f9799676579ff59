import { DEFAULT_SEGMENTS, type Boundaries, type RfmGridCell } from '../../core/rfm/index.ts';
import { rfmOverviewFor, type RfmRequest } from './rfm.ts';
import type { SegmentLine } from './segments.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** The RFM picture of the whole base without the per-customer lines: what a dashboard draws. */
export interface RfmGridResult {
  asOf: string;
  binning: string;
  bins: number;
  windowDays: number;
  wholeHistory: boolean;
  boundaries: Boundaries;
  /** Customers scored, and their revenue in the window. */
  customers: number;
  revenue: number;
  /** The segment summary with names and tactics in the asked language. */
  segments: SegmentLine[];
  /** Every R × F cell, row-major (R 1…n, then F 1…n). */
  grid: RfmGridCell[];
}

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
