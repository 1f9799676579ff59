import { DEFAULT_SEGMENTS } from '../../core/rfm/index.ts';
import { rfmFor } from './rfm.ts';
import { customerValuesFor } from './value.ts';
import type { ClvGroup, ClvSummary } from '../../contract/customers.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** What the «Прогноз CLV» tab asks: the purchase model, the horizon and the margin kept. */
export interface ClvSummaryRequest {
  model?: string;
  /** Horizon in weeks (default 52: a year). */
  horizon?: number;
  /** Share of revenue kept, 0–1 (default 1: CLV by revenue). */
  margin?: number;
  /** Customers in the top list (default 10). */
  top?: number;
}

/**
 * Expected value of a group of customers over the horizon, and the tab's answer: the fit behind the
 * figures, the total, each RFM segment and the top customers (the contract's shapes).
 */
export type { ClvGroup, ClvSummary };

const kop = (v: number): number => Math.round(v * 100);

function group(rows: ReadonlyArray<{ clv: number; expected_purchases: number; p_alive: number }>): ClvGroup {
  let clv = 0;
  let purchases = 0;
  let alive = 0;
  // Each customer's CLV is already whole kopecks; summing kopecks keeps the total exact.
  for (const r of rows) {
    clv += kop(r.clv);
    purchases += r.expected_purchases;
    alive += r.p_alive;
  }
  const n = rows.length;
  return {
    customers: n,
    clv: clv / 100,
    average: n > 0 ? Math.round(clv / n) / 100 : 0,
    expectedPurchases: purchases,
    pAlive: n > 0 ? alive / n : 0,
  };
}

/**
 * CLV in roubles for the workbench (the CLI's `clv --customers` and `rfm --clv`, summarised):
 * the purchase model and Gamma-Gamma fitted up to the last order date, every customer valued over
 * the horizon, then the total, each RFM segment's sum and mean, and the customers worth most.
 * The models and the per-customer values are the services the CLI uses; only the grouping is new.
 */
export async function clvSummaryFor(
  ws: Workspace,
  req: ClvSummaryRequest,
  lang: Lang = 'en',
): Promise<ClvSummary> {
  // RFM first: its as-of date (the last order date) is the calibration end of the fits.
  const rfm = await rfmFor(ws, { binning: 'quantile' }, lang);
  const values = await customerValuesFor(ws, {
    unit: 'week',
    horizon: req.horizon ?? 52,
    margin: req.margin ?? 1,
    model: req.model,
    calibrationEnd: rfm.asOf,
  });
  const segmentOf = new Map(rfm.customers.map((c) => [c.customer_id, c.segment]));
  const valued = values.customers.map((c) => ({ ...c, segment: segmentOf.get(c.customer_id) ?? '' }));
  const nameOf = (id: string): string => DEFAULT_SEGMENTS.find((r) => r.id === id)?.name[lang] ?? id;
  const bySegment = new Map<string, typeof valued>();
  for (const c of valued) {
    if (!bySegment.has(c.segment)) bySegment.set(c.segment, []);
    bySegment.get(c.segment)!.push(c);
  }
  const segments = [...bySegment.entries()]
    .map(([segment, rows]) => ({ segment, name: nameOf(segment), ...group(rows) }))
    .sort((a, b) => b.clv - a.clv);
  const top = [...valued]
    .sort((a, b) => b.clv - a.clv || a.customer_id.localeCompare(b.customer_id))
    .slice(0, req.top ?? 10)
    .map((c) => ({
      customer_id: c.customer_id,
      segment: c.segment,
      name: nameOf(c.segment),
      p_alive: c.p_alive,
      expected_purchases: c.expected_purchases,
      expected_average_value: c.expected_average_value,
      clv: c.clv,
    }));
  const { customers: _valued, ...fit } = values;
  return { fit, asOf: rfm.asOf, total: group(valued), segments, top };
}
