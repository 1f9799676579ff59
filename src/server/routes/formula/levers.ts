import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { throughput } from '../../../core/formula/index.ts';
import {
  constraintFor,
  leversFor,
  parseFilters,
  parseStep,
  modelById,
  resolvePeriods,
} from '../../../services/index.ts';
import {
  ConstraintResultSchema,
  LeversResultSchema,
  StagesBodySchema,
  ThroughputSchema,
} from '../../../contract/formula.ts';
import {
  filterList,
  filterParam,
  INPUT_ERRORS,
  json,
  jsonBody,
  modelParam,
  periodParam,
} from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const levers = createRoute({
  method: 'get',
  path: '/api/levers',
  summary: 'The lever table: each lever raised by a step, then all together',
  request: {
    query: z.object({
      model: modelParam('profit'),
      period: periodParam,
      filter: filterParam,
      step: z.string().default('20').openapi({ description: 'percent, e.g. 20 (or 0.2)' }),
    }),
  },
  responses: { 200: json(LeversResultSchema, 'the lever table'), ...INPUT_ERRORS },
});

const constraint = createRoute({
  method: 'get',
  path: '/api/constraint',
  summary: 'The key constraint along one dimension',
  request: {
    query: z.object({
      model: modelParam('lcpudq'),
      period: periodParam,
      filter: filterParam,
      by: z.string().min(1).openapi({ description: 'store, channel, manager, region…' }),
    }),
  },
  responses: { 200: json(ConstraintResultSchema, 'levers ranked by potential'), ...INPUT_ERRORS },
});

const stages = createRoute({
  method: 'post',
  path: '/api/constraint/stages',
  summary: 'Theory of constraints: what a chain of stages puts out and which stage limits it',
  request: jsonBody(StagesBodySchema),
  responses: { 200: json(ThroughputSchema, 'output and bottleneck'), ...INPUT_ERRORS },
});

/** GET /api/levers, GET /api/constraint, POST /api/constraint/stages. */
export function registerLevers(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(levers, async (c) => {
    const q = c.req.valid('query');
    const step = parseStep(q.step, 'step');
    const { current } = await resolvePeriods(ws, q);
    const res = await leversFor(ws, {
      tree: modelById(ws, q.model),
      period: current,
      filters: parseFilters(filterList(q.filter), 'filter'),
      step,
    });
    return c.json({ ...res }, 200);
  });
  app.openapi(constraint, async (c) => {
    const q = c.req.valid('query');
    const { current } = await resolvePeriods(ws, q);
    const res = await constraintFor(ws, {
      tree: modelById(ws, q.model),
      period: current,
      by: q.by,
      filters: parseFilters(filterList(q.filter), 'filter'),
    });
    return c.json({ ...res }, 200);
  });
  app.openapi(stages, (c) => c.json(throughput(c.req.valid('json').stages), 200));
}
