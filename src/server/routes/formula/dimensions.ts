import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { dimensionValuesFor } from '../../../services/index.ts';
import { INPUT_ERRORS, json } from '../../../contract/common.ts';
import { DimensionValuesSchema } from '../../../contract/formula.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const values = createRoute({
  method: 'get',
  path: '/api/dimensions',
  summary: 'Each filterable dimension with its values, most revenue first (the filter pickers)',
  request: {
    query: z.object({
      dimension: z.string().optional().openapi({ description: 'only this dimension, e.g. store' }),
      search: z.string().max(200).optional().openapi({ description: 'only values containing this text' }),
      top: z.coerce
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .openapi({ description: 'values per dimension (default 100)', type: 'integer' }),
    }),
  },
  responses: { 200: json(DimensionValuesSchema, 'dimensions and their values'), ...INPUT_ERRORS },
});

/** GET /api/dimensions: what the filter dropdowns offer, from one pushed-down query. */
export function registerDimensions(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(values, async (c) => {
    const q = c.req.valid('query');
    return c.json(await dimensionValuesFor(deps.workspace, q), 200);
  });
}
