import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { copyAnalystPlan, copyPlan } from '../../../services/index.ts';
import { INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import { SheetParams } from '../../../contract/kpi/kpi.ts';
import { PlanSchema } from '../../../contract/kpi/plan.ts';
import { AnalystPlanSchema } from '../../../contract/kpi/analyst.ts';
import { PlanCopyBodySchema } from '../../../contract/kpi/plan-copy.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['KPI'] };

const copyMonthly = createRoute({
  ...tag,
  method: 'post',
  path: '/api/kpi/plans/{employee}/{period}/copy',
  summary:
    'Copy an employee’s monthly plan to another month (task completion reset, manual facts not copied; an existing target only with force)',
  request: { params: SheetParams, ...jsonBody(PlanCopyBodySchema) },
  responses: { 200: json(PlanSchema, 'the plan stored for the target month'), ...INPUT_ERRORS },
});

const copyAnalyst = createRoute({
  ...tag,
  method: 'post',
  path: '/api/kpi/analyst-plans/{employee}/{period}/copy',
  summary: 'Copy an analyst’s plan to another month (an existing target only with force)',
  request: { params: SheetParams, ...jsonBody(PlanCopyBodySchema) },
  responses: { 200: json(AnalystPlanSchema, 'the plan stored for the target month'), ...INPUT_ERRORS },
});

/** Carrying a month's plan to the next: `fulcrum kpi plan copy` and `fulcrum kpi analyst copy` over HTTP. */
export function registerKpiPlanCopy(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(copyMonthly, (c) => {
    const { employee, period } = c.req.valid('param');
    const { to, force } = c.req.valid('json');
    return c.json({ ...copyPlan(ws, { employee, from: period, to, force }) }, 200);
  });
  app.openapi(copyAnalyst, (c) => {
    const { employee, period } = c.req.valid('param');
    const { to, force } = c.req.valid('json');
    return c.json({ ...copyAnalystPlan(ws, { employee, from: period, to, force }) }, 200);
  });
}
