import type { MiddlewareHandler } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../types.ts';
import { registerCustomersAnalytics } from './analytics.ts';
import { registerCustomersClv } from './clv.ts';
import { registerCustomersRfm } from './rfm.ts';

/**
 * Answers that depend only on the warehouse (and the language of tactics), so they are kept until
 * the next import. The list export is not: the cache holds JSON text, not workbooks.
 */
export const CUSTOMERS_CACHED = [
  '/api/customers/rfm',
  '/api/customers/list',
  '/api/customers/segments',
  '/api/customers/clv',
  '/api/customers/clv/validation',
  '/api/customers/clv/value',
  '/api/customers/cohorts',
  '/api/customers/channels',
  '/api/customers/funnel',
] as const;

/** Every /api/customers route (issue 5 §6), behind the result cache where it applies. */
export function registerCustomers(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  cache: MiddlewareHandler<AppEnv>,
): void {
  // Before the routes: a middleware registered after a handler would never run.
  for (const path of CUSTOMERS_CACHED) app.use(path, cache);
  registerCustomersRfm(app, deps);
  registerCustomersClv(app, deps);
  registerCustomersAnalytics(app, deps);
}
