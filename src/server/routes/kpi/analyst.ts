import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  addRemark,
  analystPlanOf,
  analystRegister,
  putRegisterEntry,
  setAnalystPlan,
} from '../../../services/index.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import {
  AnalystPlanBodySchema,
  AnalystPlanSchema,
  EntryParams,
  PlanParams,
  RegisterEntryBodySchema,
  RegisterEntrySchema,
  RegisterSchema,
  RegisterParams,
  RemarkBodySchema,
} from '../../../contract/kpi/analyst.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['KPI'] };

const register = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/register/{employee}',
  summary: 'The analyst’s register of reports and requests, as stored',
  request: { params: RegisterParams },
  responses: { 200: json(RegisterSchema, 'entries by deadline'), ...AUTH_ERRORS },
});

const putEntry = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/register/{employee}/{id}',
  summary: 'Add or replace a register entry (dates checked: no delivery before the request, …)',
  request: { params: EntryParams, ...jsonBody(RegisterEntryBodySchema) },
  responses: { 200: json(RegisterEntrySchema, 'the stored entry'), ...INPUT_ERRORS },
});

const remark = createRoute({
  ...tag,
  method: 'post',
  path: '/api/kpi/register/{employee}/{id}/remarks',
  summary: 'Record a dated remark on a delivered report',
  request: { params: EntryParams, ...jsonBody(RemarkBodySchema) },
  responses: { 200: json(RegisterEntrySchema, 'the entry with its remarks'), ...INPUT_ERRORS },
});

const getPlan = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/analyst-plans/{employee}/{period}',
  summary: 'The analyst’s plan for a month',
  request: { params: PlanParams },
  responses: { 200: json(AnalystPlanSchema, 'the plan'), ...INPUT_ERRORS },
});

const putPlan = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/analyst-plans/{employee}/{period}',
  summary: 'Store the analyst’s plan for a month (weights must sum to 1)',
  request: { params: PlanParams, ...jsonBody(AnalystPlanBodySchema) },
  responses: { 200: json(AnalystPlanSchema, 'the stored plan'), ...INPUT_ERRORS },
});

/** The analyst's register and plans: what the analyst sheet (GET /api/kpi/analyst/…) is computed from. */
export function registerKpiAnalyst(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(register, (c) => c.json(analystRegister(ws, c.req.valid('param').employee), 200));
  app.openapi(putEntry, (c) => {
    const { employee, id } = c.req.valid('param');
    const entry = putRegisterEntry(ws, employee, { ...c.req.valid('json'), id });
    return c.json({ ...entry }, 200);
  });
  app.openapi(remark, (c) => {
    const { employee, id } = c.req.valid('param');
    return c.json({ ...addRemark(ws, employee, id, c.req.valid('json')) }, 200);
  });
  app.openapi(getPlan, (c) => {
    const { employee, period } = c.req.valid('param');
    return c.json({ ...analystPlanOf(ws, employee, period) }, 200);
  });
  app.openapi(putPlan, (c) => {
    const { employee, period } = c.req.valid('param');
    return c.json({ ...setAnalystPlan(ws, { ...c.req.valid('json'), employee, period }) }, 200);
  });
}
