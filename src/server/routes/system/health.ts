import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { json } from '../../../contract/common.ts';
import { HealthSchema } from '../../../contract/system.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness: answers without touching the warehouse',
  responses: { 200: json(HealthSchema, 'up') },
});

/** GET /api/health. */
export function registerHealth(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(health, (c) => c.json({ ok: true as const, version: deps.version ?? '0.0.0' }, 200));
}
