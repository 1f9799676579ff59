import { groupFunnelTail, shapeFunnel } from '../../core/funnel/index.ts';
import type { FunnelResult } from '../../contract/customers.ts';
import type { Lang } from '../../i18n/index.ts';
import { funnelQuery } from '../../sql/customers/funnel.ts';
import { observeOrders, orderDimension } from './observation.ts';
import { parsePeriodOption } from '../inputs/periods.ts';
import { wholeInRange } from '../inputs/options.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What `fulcrum funnel` asks for. */
export interface FunnelRequest {
  /** The orders column naming what was bought (default `category`). */
  dim?: string;
  /** Purchases followed per customer (default 3). */
  steps?: number;
  /** Follow customers whose first order falls in this period (default: all). */
  period?: string;
  /** Last day observed (default: the last order date). */
  asOf?: string;
  /** Keep this many values per step and merge the rest into "Прочие" / "Other" (default: keep all). */
  top?: number;
}

/** The merged tail's name in each language. */
export const FUNNEL_OTHER: Record<Lang, string> = { ru: 'Прочие', en: 'Other' };

/** The product funnel of the followed customers. */
export type { FunnelResult };

/**
 * What customers buy first, second, third: the engine orders each customer's purchases and
 * counts the transitions between values; the core merges each step's tail when asked (over those
 * counts, never over orders) and turns counts into shares and average checks.
 */
export async function funnelFor(
  ws: Workspace,
  req: FunnelRequest = {},
  lang: Lang = 'en',
): Promise<FunnelResult> {
  const obs = await observeOrders(ws, req.asOf);
  const dim = orderDimension(obs, req.dim ?? 'category', 'dim');
  const steps = wholeInRange(req.steps ?? 3, 1, 12, 'steps');
  const top = req.top == null ? null : wholeInRange(req.top, 1, 100, 'top');
  const period = req.period ? parsePeriodOption(req.period, 'period') : null;
  const q = funnelQuery(ws.engine.dialect, {
    hasOrderId: obs.orderColumns.has('order_id'),
    dim,
    asOf: obs.asOf,
    from: period?.from ?? obs.first,
    to: period?.to ?? '9999-12-31',
    steps,
  });
  // Read through the memo: the workbench asks once for the tables and once for the chart's top N.
  const rows = await ws.reader.driver.query(q.sql, q.params);
  const cells = rows.map((r) => ({
    step: Number(r.step),
    value: r.value === null ? null : String(r.value),
    nextValue: r.next_value === null ? null : String(r.next_value),
    continued: Boolean(r.continued),
    customers: Number(r.customers),
    revenue: Number(r.revenue),
    nextRevenue: Number(r.next_revenue),
  }));
  const grouped = top === null ? { cells, other: null } : groupFunnelTail(cells, top, FUNNEL_OTHER[lang]);
  const funnel = shapeFunnel(grouped.cells, steps, grouped.other?.label ?? null);
  return {
    dim,
    steps,
    asOf: obs.asOf,
    period: period?.label ?? null,
    customers: funnel.steps[0]?.customers ?? 0,
    top,
    other: grouped.other,
    purchases: funnel.steps,
    transitions: funnel.transitions,
  };
}
