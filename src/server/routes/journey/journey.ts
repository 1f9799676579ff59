import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { journeyPreset } from '../../../core/journey/index.ts';
import { journeyFor, resolvePeriods } from '../../../services/index.ts';
import { INPUT_ERRORS, json } from '../../../contract/common.ts';
import { JourneyQuerySchema, JourneyResultSchema } from '../../../contract/journey.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const journey = createRoute({
  method: 'get',
  path: '/api/journey',
  summary: 'The customer journey map: each stage with its clients, levers and the key constraint’s stage',
  request: { query: JourneyQuerySchema },
  responses: { 200: json(JourneyResultSchema, 'the map of the period'), ...INPUT_ERRORS },
});

/** GET /api/journey. */
export function registerJourney(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(journey, async (c) => {
    const q = c.req.valid('query');
    const { current } = await resolvePeriods(ws, q);
    const res = await journeyFor(ws, { period: current, map: journeyPreset(q.preset) });
    return c.json(JourneyResultSchema.parse(res), 200);
  });
}
