import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Role } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import type { AppEnv } from './types.ts';

/** Who may call a route: anyone, anyone signed in, or these roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** Analysis routes: the formula, comparisons, levers, constraints, what-if. */
const ANALYSIS: readonly Role[] = ['owner', 'analyst', 'manager'];
/** Data routes: importing files and API tokens for scripts that import them. */
const DATA: readonly Role[] = ['owner', 'analyst'];
const OWNER: readonly Role[] = ['owner'];

/**
 * The route table: every /api route and who may call it, in one place. A route missing here is
 * refused to everyone (deny by default), and the routes × roles test fails until it is added.
 * Keys are "METHOD path" with Hono's `:param` syntax.
 */
export const ACCESS = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'GET /api/meta': ANALYSIS,
  'GET /api/formula': ANALYSIS,
  'GET /api/compare': ANALYSIS,
  'GET /api/levers': ANALYSIS,
  'GET /api/constraint': ANALYSIS,
  'POST /api/constraint/stages': ANALYSIS,
  'POST /api/whatif': ANALYSIS,
  'POST /api/imports/preview': DATA,
  'POST /api/imports': DATA,
  'GET /api/imports': DATA,
  'GET /api/jobs/:id': DATA,
  'GET /api/users': OWNER,
  'POST /api/users': OWNER,
  'POST /api/tokens': DATA,
  'GET /api/tokens': DATA,
  'DELETE /api/tokens/:id': DATA,
} as const satisfies Record<string, Access>;

export type RouteKey = keyof typeof ACCESS;

/** The route table entry for a method and registered path, or undefined when undeclared. */
export function accessOf(method: string, path: string): Access | undefined {
  return (ACCESS as Record<string, Access>)[`${method.toUpperCase()} ${path}`];
}

/**
 * Enforces the route table before any validation, so an anonymous caller learns nothing about a
 * route's inputs. The handler's registered path is found among the matched routes (middleware
 * are registered for ALL methods; handlers for one; the workbench's catch-all is not under /api).
 */
export function enforceAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL' && r.path.startsWith('/api/'));
    if (!route) return next(); // no such route: the 404 handler answers
    const access = accessOf(c.req.method === 'HEAD' ? 'GET' : c.req.method, route.path);
    if (access === undefined) {
      throw new HttpError(403, 'forbidden', `${c.req.method} ${route.path} is not in the route table`);
    }
    if (access === 'public') return next();
    const identity = c.get('identity');
    if (!identity) throw new HttpError(401, 'unauthorized', 'sign in first');
    if (access !== 'signed-in' && !access.includes(identity.user.role)) {
      throw new HttpError(403, 'forbidden', `the ${identity.user.role} role cannot do this`);
    }
    return next();
  };
}
