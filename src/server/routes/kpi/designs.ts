import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { DesignWithSaved } from '../../../services/index.ts';
import {
  designFromSaved,
  designXlsxBytes,
  modelById,
  saveDesign,
  savedDesignOf,
} from '../../../services/index.ts';
import { currentUser, requestLang } from '../../context.ts';
import { INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import { langParam, xlsx, XLSX_TYPE } from '../../../contract/kpi/kpi.ts';
import { DesignParams, SavedDesignBodySchema, SavedDesignSchema } from '../../../contract/kpi/designs.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['KPI'] };

const getDesign = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/designs/{model}',
  summary: 'The KPI design the company saved for a formula tree, with its five steps',
  request: { params: DesignParams },
  responses: {
    200: json(SavedDesignSchema, 'the saved design (null if none) and the KPI table'),
    ...INPUT_ERRORS,
  },
});

const putDesign = createRoute({
  ...tag,
  method: 'put',
  path: '/api/kpi/designs/{model}',
  summary: 'Save the positions, their decisive KPIs and bonus shares (shares of a position make 100 %)',
  request: { params: DesignParams, ...jsonBody(SavedDesignBodySchema) },
  responses: { 200: json(SavedDesignSchema, 'the stored design'), ...INPUT_ERRORS },
});

const designXlsx = createRoute({
  ...tag,
  method: 'get',
  path: '/api/kpi/designs/{model}/xlsx',
  summary: 'The saved design as a workbook: KPI table, matrix, shares by position',
  request: { params: DesignParams, query: z.object({ lang: langParam }) },
  responses: { 200: xlsx('the workbook'), ...INPUT_ERRORS },
});

const body = (model: string, d: DesignWithSaved) => ({
  model,
  saved: d.saved
    ? { positions: d.saved.positions, updatedAt: d.saved.updatedAt, updatedBy: d.saved.updatedBy }
    : null,
  design: { ...d.design },
});

/** The saved KPI designs: read by analysis roles, edited by owners and managers (src/server/access.ts). */
export function registerKpiDesigns(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(getDesign, (c) => {
    const { model } = c.req.valid('param');
    return c.json(body(model, savedDesignOf(ws, modelById(ws, model))), 200);
  });
  app.openapi(putDesign, (c) => {
    const { model } = c.req.valid('param');
    const d = saveDesign(ws, modelById(ws, model), c.req.valid('json'), currentUser(c).id);
    return c.json(body(model, d), 200);
  });
  app.openapi(designXlsx, async (c) => {
    const { model } = c.req.valid('param');
    const d = designFromSaved(ws, modelById(ws, model));
    const name = `kpi-design-${model}.xlsx`;
    return c.body(await designXlsxBytes(d, c.req.valid('query').lang ?? requestLang(c)), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${name}"`,
    }) as never;
  });
}
