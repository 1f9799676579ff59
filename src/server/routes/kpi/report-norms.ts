import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listReportNorms, setReportNorm } from '../../../services/index.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import {
  NormParams,
  ReportNormBodySchema,
  ReportNormSchema,
  ReportNormsSchema,
} from '../../../contract/kpi/report-norms.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['KPI'] };

const list = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/report-norms',
  summary: 'Time norms per report type (the company’s, for every analyst and month)',
  responses: { 200: json(ReportNormsSchema, 'norms by type'), ...AUTH_ERRORS },
});

const put = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/report-norms/{type}',
  summary: 'Add or change a report type’s time norm (as `fulcrum kpi analyst norm --set`)',
  request: { params: NormParams, ...jsonBody(ReportNormBodySchema) },
  responses: { 200: json(ReportNormSchema, 'the stored norm'), ...INPUT_ERRORS },
});

/** The analyst sheet's time norms over HTTP, so the workbench edits them beside the analyst's plan. */
export function registerKpiReportNorms(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(list, (c) => c.json(listReportNorms(ws), 200));
  app.openapi(put, (c) => {
    const body = c.req.valid('json');
    return c.json(setReportNorm(ws, { ...body, type: c.req.valid('param').type }), 200);
  });
}
