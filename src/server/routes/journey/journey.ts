import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { journeyPreset } from '../../../core/journey/index.ts';
import { journeyFor, journeyMapOf, resolvePeriods, saveJourneyMapOf } from '../../../services/index.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import {
  JourneyMapAnswerSchema,
  JourneyMapSchema,
  JourneyQuerySchema,
  JourneyResultSchema,
} from '../../../contract/journey.ts';
import { currentUser } from '../../context.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const journey = createRoute({
  method: 'get',
  path: '/api/journey',
  summary: 'The customer journey map: each stage with its clients, levers and the key constraint’s stage',
  request: { query: JourneyQuerySchema },
  responses: { 200: json(JourneyResultSchema, 'the map of the period'), ...INPUT_ERRORS },
});

const getMap = createRoute({
  method: 'get',
  path: '/api/journey/map',
  summary: 'The company’s journey map as defined (the B2C preset until one is saved)',
  responses: { 200: json(JourneyMapAnswerSchema, 'the map and when it was saved'), ...AUTH_ERRORS },
});

const putMap = createRoute({
  method: 'put',
  path: '/api/journey/map',
  summary: 'Save the company’s journey map: every problem is named and nothing is saved unless all pass',
  request: jsonBody(JourneyMapSchema),
  responses: { 200: json(JourneyMapAnswerSchema, 'the saved map'), ...INPUT_ERRORS },
});

/** GET /api/journey, GET/PUT /api/journey/map. */
export function registerJourney(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(journey, async (c) => {
    const q = c.req.valid('query');
    const { current } = await resolvePeriods(ws, q);
    const map = q.preset ? journeyPreset(q.preset) : undefined;
    return c.json(JourneyResultSchema.parse(await journeyFor(ws, { period: current, map })), 200);
  });
  app.openapi(getMap, (c) => c.json(journeyMapOf(ws), 200));
  app.openapi(putMap, (c) => c.json(saveJourneyMapOf(ws, c.req.valid('json'), currentUser(c).id), 200));
}
