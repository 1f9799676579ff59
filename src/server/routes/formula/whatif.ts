import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  parseFilters,
  parsePeriodOption,
  modelById,
  resolvePeriods,
  whatIfFor,
} from '../../../services/index.ts';
import { WhatIfBodySchema, WhatIfResultSchema } from '../../../contract/formula.ts';
import { INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const whatif = createRoute({
  method: 'post',
  path: '/api/whatif',
  summary: 'The formula from lever values (or a period of data); with target, the goal seek',
  request: jsonBody(WhatIfBodySchema),
  responses: { 200: json(WhatIfResultSchema, 'every node, revenue, profit and the goal'), ...INPUT_ERRORS },
});

/** POST /api/whatif (the CLI's `whatif`). */
export function registerWhatIf(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(whatif, async (c) => {
    const b = c.req.valid('json');
    const tree = modelById(ws, b.model);
    const req = {
      tree,
      values: b.values,
      filters: parseFilters(b.filter ?? [], 'filter'),
      target: b.target,
      lever: b.lever,
    };
    // Typed values read the warehouse only for the costs left out (the period's, or the last 12
    // complete months'); without values the period's data is the whole start.
    const res = b.values
      ? await whatIfFor(ws, { ...req, period: b.period ? parsePeriodOption(b.period, 'period') : undefined })
      : await whatIfFor(ws, {
          ...req,
          period: b.period ? parsePeriodOption(b.period, 'period') : (await resolvePeriods(ws, {})).current,
        });
    return c.json({ ...res }, 200);
  });
}
