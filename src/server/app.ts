import { OpenAPIHono } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { enforceAccess } from './access.ts';
import { authenticate } from './auth/authenticate.ts';
import { bodyLimits } from './body-limit.ts';
import { errorResponse } from './http-error.ts';
import { jobRegistry } from './jobs.ts';
import { errorHandler } from './on-error.ts';
import { registerAuth } from './routes/accounts/auth.ts';
import { registerCustomers } from './routes/customers/customers.ts';
import { registerDocs } from './routes/system/docs.ts';
import { registerExports } from './routes/formula/exports.ts';
import { registerFormula } from './routes/formula/formula.ts';
import { registerHealth } from './routes/system/health.ts';
import { registerImports } from './routes/warehouse/imports.ts';
import { registerJourney } from './routes/journey/journey.ts';
import { registerKpi } from './routes/kpi/kpi.ts';
import { registerKpiAnalyst } from './routes/kpi/analyst.ts';
import { registerKpiQuarter } from './routes/kpi/quarter.ts';
import { registerKpiPlanCopy } from './routes/kpi/plan-copy.ts';
import { registerKpiReportNorms } from './routes/kpi/report-norms.ts';
import { registerKpiDesigns } from './routes/kpi/designs.ts';
import { registerLevers } from './routes/formula/levers.ts';
import { registerMeta } from './routes/system/meta.ts';
import { registerDimensions } from './routes/formula/dimensions.ts';
import { registerModels } from './routes/formula/models.ts';
import { registerUsers } from './routes/accounts/users.ts';
import { registerWhatIf } from './routes/formula/whatif.ts';
import { resultCache } from './result-cache.ts';
import { securityHeaders } from './security-headers.ts';
import { serveWorkbench } from './static.ts';
import { employeeOf } from '../services/index.ts';
import type { AppDeps, AppEnv } from './types.ts';
import { validationHook } from './validation-hook.ts';

/**
 * The HTTP app: every route calls the same services as the CLI. Order matters: the security
 * headers wrap everything (errors and 404s get them too), then a request id (errors quote it),
 * then who is calling, then the route table, then the route itself
 * (validation runs inside it, so an anonymous caller is refused before its inputs are read).
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(deps.logger));
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('requestId', randomUUID());
    c.set('identity', null);
    const t0 = deps.clock().getTime();
    await next();
    if (c.req.path.startsWith('/api/')) {
      deps.logger.info(`${c.req.method} ${c.req.path} ${c.res.status}`, {
        requestId: c.get('requestId'),
        ms: deps.clock().getTime() - t0,
        user: c.get('identity')?.user.login,
      });
    }
  });
  // One request, one opening of the warehouse: `fulcrum serve` lets the file go between requests.
  app.use('/api/*', (_c, next) => deps.workspace.hold(next));
  app.use('/api/*', authenticate(deps.workspace));
  app.use('/api/*', enforceAccess({ employeeOf: (user) => employeeOf(deps.workspace, user) }));
  // After the access check, so an anonymous caller's body is never read, not even up to a limit.
  app.use('/api/*', bodyLimits());
  // After the access check: a cached answer is still only given to someone allowed to ask.
  const cache = resultCache(deps.workspace);
  for (const path of [
    '/api/meta',
    '/api/dimensions',
    '/api/formula',
    '/api/compare',
    '/api/levers',
    '/api/constraint',
  ]) {
    app.use(path, cache);
  }

  registerHealth(app, deps);
  registerAuth(app, deps);
  registerMeta(app, deps);
  registerDimensions(app, deps);
  registerModels(app, deps);
  registerFormula(app, deps);
  registerLevers(app, deps);
  registerWhatIf(app, deps);
  registerJourney(app, deps);
  registerCustomers(app, deps, cache);
  registerImports(app, deps, jobRegistry(deps.clock));
  registerUsers(app, deps);
  registerKpi(app, deps);
  registerKpiAnalyst(app, deps);
  registerKpiQuarter(app, deps);
  registerKpiPlanCopy(app, deps);
  registerKpiReportNorms(app, deps);
  registerKpiDesigns(app, deps);
  registerExports(app, deps);
  registerDocs(app, deps);
  serveWorkbench(app, deps.webDir);

  app.notFound((c) =>
    c.req.path.startsWith('/api/') || c.req.path === '/api'
      ? errorResponse(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`)
      : c.text('Not found', 404),
  );
  return app;
}
