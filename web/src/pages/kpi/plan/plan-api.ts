/**
 * A month's plan of either kind through its routes (monthly plans and analyst plans share the
 * path's shape but not the answer's), so a page that holds a kind does not pick a route by hand.
 */
import { api } from '../../../api/client.ts';
import type { AnalystPlan } from '../analyst/analyst-plan-draft.ts';
import type { PlanFile } from './plan-draft.ts';
import type { PlanKind } from './plan-months.ts';

/** A stored plan with the kind it was asked for, so the answer narrows by `kind`. */
export type KindedPlan = { kind: 'analyst'; plan: AnalystPlan } | { kind: 'marketer'; plan: PlanFile };

/** GET the plan of `kind` for an employee's month. */
export async function loadPlan(
  kind: PlanKind,
  employee: string,
  period: string,
  signal?: AbortSignal,
): Promise<KindedPlan> {
  const params = { employee, period };
  return kind === 'analyst'
    ? { kind, plan: await api('GET /api/kpi/analyst-plans/{employee}/{period}', { params, signal }) }
    : { kind, plan: await api('GET /api/kpi/plans/{employee}/{period}', { params, signal }) };
}

/** Copies the plan of `kind` to month `to` (`force`: replace a plan `to` already has). */
export async function copyPlan(
  kind: PlanKind,
  employee: string,
  period: string,
  body: { to: string; force: boolean },
): Promise<void> {
  const params = { employee, period };
  if (kind === 'analyst') await api('POST /api/kpi/analyst-plans/{employee}/{period}/copy', { params, body });
  else await api('POST /api/kpi/plans/{employee}/{period}/copy', { params, body });
}
