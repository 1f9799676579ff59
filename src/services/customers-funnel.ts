import { shapeFunnel, type FunnelStep, type FunnelTransition } from '../core/funnel/index.ts';
import { funnelQuery } from '../sql/funnel.ts';
import { observeOrders, orderDimension } from './customers-observation.ts';
import { parsePeriodOption } from './periods.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

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
}

/** The product funnel of the followed customers. */
export interface FunnelResult {
  dim: string;
  steps: number;
  asOf: string;
  period: string | null;
  /** Customers followed (those with a first purchase). */
  customers: number;
  purchases: FunnelStep[];
  transitions: FunnelTransition[];
}

/**
 * What customers buy first, second, third: the engine orders each customer's purchases and
 * counts the transitions between values; the core turns counts into shares and average checks.
 */
export async function funnelFor(ws: Workspace, req: FunnelRequest = {}): Promise<FunnelResult> {
  const obs = await observeOrders(ws, req.asOf);
  const dim = orderDimension(obs, req.dim ?? 'category', '--dim');
  const steps = req.steps ?? 3;
  if (!Number.isInteger(steps) || steps < 1 || steps > 12)
    throw new UserError(
      {
        en: `--steps must be a whole number from 1 to 12, got "${req.steps}"`,
        ru: `--steps — целое число от 1 до 12, а не «${req.steps}»`,
      },
      'steps',
    );
  const period = req.period ? parsePeriodOption(req.period, 'period') : null;
  const q = funnelQuery(ws.engine.dialect, {
    hasOrderId: obs.orderColumns.has('order_id'),
    dim,
    asOf: obs.asOf,
    from: period?.from ?? obs.first,
    to: period?.to ?? '9999-12-31',
    steps,
  });
  const rows = await ws.engine.driver.query(q.sql, q.params);
  const funnel = shapeFunnel(
    rows.map((r) => ({
      step: Number(r.step),
      value: r.value === null ? null : String(r.value),
      nextValue: r.next_value === null ? null : String(r.next_value),
      continued: Boolean(r.continued),
      customers: Number(r.customers),
      revenue: Number(r.revenue),
      nextRevenue: Number(r.next_revenue),
    })),
    steps,
  );
  return {
    dim,
    steps,
    asOf: obs.asOf,
    period: period?.label ?? null,
    customers: funnel.steps[0]?.customers ?? 0,
    purchases: funnel.steps,
    transitions: funnel.transitions,
  };
}
