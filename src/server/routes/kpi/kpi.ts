import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { KPI_CATALOGUE, type Sheet } from '../../../core/kpi/index.ts';
import {
  analystSheetFor,
  designFromPositions,
  kpiEmployeesFor,
  kpiSheetFor,
  linkUser,
  parsePlan,
  planFile,
  quarterSheetFromPlan,
  modelById,
  sheetXlsxBytes,
  storePlan,
} from '../../../services/index.ts';
import { currentUser, requestLang } from '../../context.ts';
import {
  EmployeeParams,
  KpiCatalogueSchema,
  KpiEmployeesSchema,
  langParam,
  LinkBodySchema,
  LinkSchema,
  SheetParams,
  xlsx,
  XLSX_TYPE,
} from '../../../contract/kpi/kpi.ts';
import { AnalystSheetSchema, SheetSchema } from '../../../contract/kpi/sheet.ts';
import { DesignBodySchema, DesignSchema } from '../../../contract/kpi/designs.ts';
import { PlanBodySchema, PlanSchema } from '../../../contract/kpi/plan.ts';
import { QuarterPlanFileSchema } from '../../../contract/kpi/quarter.ts';
import { AUTH_ERRORS, dateQuery, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';
import type { Lang } from '../../../i18n/index.ts';

const tag = { tags: ['KPI'] };

const catalogue = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/catalogue',
  summary: 'Every KPI Fulcrum can compute',
  responses: { 200: json(KpiCatalogueSchema, 'the catalogue'), ...AUTH_ERRORS },
});

const design = createRoute({
  ...tag,
  method: 'post',
  path: '/api/kpi/design',
  summary: 'The five steps: KPI table, KPI × position matrix, per-position lists and bonus shares',
  request: jsonBody(DesignBodySchema),
  responses: { 200: json(DesignSchema, 'the KPI system'), ...INPUT_ERRORS },
});

const employees = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/employees',
  summary: 'Employees with sheets the caller may see (an employee: only their own)',
  responses: { 200: json(KpiEmployeesSchema, 'employees and their plan months'), ...AUTH_ERRORS },
});

const link = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/employees/{employee}/user',
  summary: 'Link a user account to this employee, so the account sees the employee’s sheets',
  request: { params: EmployeeParams, ...jsonBody(LinkBodySchema) },
  responses: { 200: json(LinkSchema, 'the link'), ...INPUT_ERRORS },
});

const getPlan = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/plans/{employee}/{period}',
  summary: 'An employee’s monthly plan',
  request: { params: SheetParams },
  responses: { 200: json(PlanSchema, 'the plan'), ...INPUT_ERRORS },
});

const putPlan = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/plans/{employee}/{period}',
  summary: 'Store an employee’s monthly plan (checked as `fulcrum kpi plan import` checks it)',
  request: { params: SheetParams, ...jsonBody(PlanBodySchema) },
  responses: { 200: json(PlanSchema, 'the stored plan'), ...INPUT_ERRORS },
});

const sheet = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/sheets/{employee}/{period}',
  summary: 'The monthly motivation sheet, facts from the data for the employee’s scope',
  request: { params: SheetParams },
  responses: { 200: json(SheetSchema, 'the sheet'), ...INPUT_ERRORS },
});

const sheetXlsx = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/sheets/{employee}/{period}/xlsx',
  summary: 'The monthly sheet as a workbook with live formulas',
  request: { params: SheetParams, query: z.object({ lang: langParam }) },
  responses: { 200: xlsx('the workbook'), ...INPUT_ERRORS },
});

const quarter = createRoute({
  ...tag,
  method: 'post',
  path: '/api/kpi/quarter',
  summary: 'The quarterly sheet (ROMI, MRE, calendar tasks) from a plan with its facts',
  request: jsonBody(QuarterPlanFileSchema),
  responses: { 200: json(SheetSchema, 'the sheet'), ...INPUT_ERRORS },
});

const asofParam = dateQuery('asof', 'judge as of this date (default today)').meta({
  param: { name: 'asof', in: 'query' },
});

const analyst = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/analyst/{employee}/{period}',
  summary: 'The analyst’s sheet: timeliness, completeness, quality from the register of reports',
  request: { params: SheetParams, query: z.object({ asof: asofParam }) },
  responses: { 200: json(AnalystSheetSchema, 'the sheet and the judged register'), ...INPUT_ERRORS },
});

const analystXlsx = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/analyst/{employee}/{period}/xlsx',
  summary: 'The analyst’s sheet as a workbook: live formulas and the judged register',
  request: { params: SheetParams, query: z.object({ asof: asofParam, lang: langParam }) },
  responses: { 200: xlsx('the workbook'), ...INPUT_ERRORS },
});

/** A workbook download named after the sheet; the name is ASCII-safe with a UTF-8 variant. */
export async function download(c: Context<AppEnv>, s: Sheet, lang: Lang): Promise<Response> {
  const name = `${s.kind}-${s.employee}-${s.period}.xlsx`;
  const ascii = name.replace(/[^\w.-]/g, '_');
  return c.body(await sheetXlsxBytes(s, lang), 200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

/** The KPI routes: catalogue, designer, plans, monthly / quarterly / analyst sheets and downloads. */
export function registerKpi(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(catalogue, (c) =>
    c.json(
      KPI_CATALOGUE.map((d) => ({ ...d })),
      200,
    ),
  );
  app.openapi(design, (c) => {
    const body = c.req.valid('json');
    const d = designFromPositions(modelById(ws, body.model), { positions: body.positions }, 'positions');
    return c.json({ ...d }, 200);
  });
  app.openapi(employees, (c) => c.json(kpiEmployeesFor(ws, currentUser(c)), 200));
  app.openapi(link, (c) =>
    c.json(linkUser(ws, c.req.valid('json').login, c.req.valid('param').employee), 200),
  );
  app.openapi(getPlan, (c) => {
    const { employee, period } = c.req.valid('param');
    return c.json({ ...planFile(ws, employee, period) }, 200);
  });
  app.openapi(putPlan, (c) => {
    const { employee, period } = c.req.valid('param');
    const plan = parsePlan({ ...c.req.valid('json'), employee, period }, 'plan');
    storePlan(ws, plan);
    return c.json({ ...planFile(ws, employee, period) }, 200);
  });
  app.openapi(sheet, async (c) => {
    const { employee, period } = c.req.valid('param');
    return c.json({ ...(await kpiSheetFor(ws, employee, period)) }, 200);
  });
  app.openapi(sheetXlsx, async (c) => {
    const { employee, period } = c.req.valid('param');
    const s = await kpiSheetFor(ws, employee, period);
    return download(c, s, c.req.valid('query').lang ?? requestLang(c)) as never;
  });
  app.openapi(quarter, async (c) =>
    c.json({ ...(await quarterSheetFromPlan(ws, c.req.valid('json'), 'request body')) }, 200),
  );
  app.openapi(analyst, (c) => {
    const { employee, period } = c.req.valid('param');
    return c.json({ ...analystSheetFor(ws, employee, period, c.req.valid('query').asof) }, 200);
  });
  app.openapi(analystXlsx, async (c) => {
    const { employee, period } = c.req.valid('param');
    const q = c.req.valid('query');
    const s = analystSheetFor(ws, employee, period, q.asof);
    return download(c, s, q.lang ?? requestLang(c)) as never;
  });
}
