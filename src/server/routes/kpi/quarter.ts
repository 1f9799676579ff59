import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { messageIn } from '../../../i18n/index.ts';
import {
  findQuarterPlan,
  parseQuarterPlan,
  quarterSheetFor,
  removeQuarterPlan,
  storeQuarterPlan,
} from '../../../services/index.ts';
import { requestLang } from '../../context.ts';
import { HttpError } from '../../http-error.ts';
import { ErrorSchema, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import { langParam, xlsx } from '../../../contract/kpi/kpi.ts';
import { SheetSchema } from '../../../contract/kpi/sheet.ts';
import { QuarterParams, QuarterPlanBodySchema, QuarterPlanSchema } from '../../../contract/kpi/quarter.ts';
import type { AppDeps, AppEnv } from '../../types.ts';
import { download } from './kpi.ts';

const tag = { tags: ['KPI'] };
const NOT_FOUND = {
  404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'no plan for this quarter' },
};

const getPlan = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/quarter-plans/{employee}/{quarter}',
  summary:
    'An employee’s quarterly plan (ROMI, MRE, calendar tasks), as `fulcrum kpi quarter plan export` writes it',
  request: { params: QuarterParams },
  responses: { 200: json(QuarterPlanSchema, 'the plan'), ...NOT_FOUND, ...INPUT_ERRORS },
});

const putPlan = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/quarter-plans/{employee}/{quarter}',
  summary:
    'Store an employee’s quarterly plan (checked as `fulcrum kpi quarter plan import` checks it; a calendar task that is also a monthly task of the quarter is refused)',
  request: { params: QuarterParams, ...jsonBody(QuarterPlanBodySchema) },
  responses: { 200: json(QuarterPlanSchema, 'the stored plan'), ...INPUT_ERRORS },
});

const deletePlan = createRoute({
  ...tag,
  method: 'delete',
  path: '/api/kpi/quarter-plans/{employee}/{quarter}',
  summary: 'Delete an employee’s quarterly plan',
  request: { params: QuarterParams },
  responses: { 204: { description: 'deleted' }, ...NOT_FOUND, ...INPUT_ERRORS },
});

const sheet = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/quarter-sheets/{employee}/{quarter}',
  summary:
    'The quarterly sheet of a stored plan: ROMI and MRE from the data for the employee’s scope unless a fact was entered, calendar tasks',
  request: { params: QuarterParams },
  responses: { 200: json(SheetSchema, 'the sheet'), ...INPUT_ERRORS },
});

const sheetXlsx = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/quarter-sheets/{employee}/{quarter}/xlsx',
  summary: 'The quarterly sheet as a workbook with live formulas',
  request: { params: QuarterParams, query: z.object({ lang: langParam }) },
  responses: { 200: xlsx('the workbook'), ...INPUT_ERRORS },
});

/** Quarterly plans in the app store and their sheets: `fulcrum kpi quarter` over HTTP. */
export function registerKpiQuarter(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(getPlan, (c) => {
    const { employee, quarter } = c.req.valid('param');
    const plan = findQuarterPlan(ws, employee, quarter);
    if (!plan) {
      const lang = requestLang(c);
      throw new HttpError(
        404,
        'not_found',
        lang === 'ru'
          ? `нет квартального плана ${employee} на ${quarter}`
          : `no quarterly plan for ${employee} in ${quarter}`,
      );
    }
    return c.json({ ...plan }, 200);
  });
  app.openapi(putPlan, (c) => {
    const { employee, quarter } = c.req.valid('param');
    const plan = parseQuarterPlan({ ...c.req.valid('json'), employee, period: quarter }, 'plan');
    storeQuarterPlan(ws, plan, 'entered through the API');
    return c.json({ ...findQuarterPlan(ws, employee, quarter)! }, 200);
  });
  app.openapi(deletePlan, (c) => {
    const { employee, quarter } = c.req.valid('param');
    try {
      removeQuarterPlan(ws, employee, quarter);
    } catch (e) {
      throw new HttpError(404, 'not_found', messageIn(e, requestLang(c)));
    }
    return c.body(null, 204);
  });
  app.openapi(sheet, async (c) => {
    const { employee, quarter } = c.req.valid('param');
    return c.json({ ...(await quarterSheetFor(ws, employee, quarter)) }, 200);
  });
  app.openapi(sheetXlsx, async (c) => {
    const { employee, quarter } = c.req.valid('param');
    const s = await quarterSheetFor(ws, employee, quarter);
    return download(c, s, c.req.valid('query').lang ?? requestLang(c)) as never;
  });
}
