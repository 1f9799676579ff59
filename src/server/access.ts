import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Role, User } from '../store/index.ts';
import { HttpError, roleCannot, SIGN_IN } from './http-error.ts';
import type { AppEnv } from './types.ts';

/**
 * A route about one employee (`:employee` in its path): `all` roles may ask about anyone, `own`
 * roles only about the employee their account is linked to — an employee sees only their own sheets.
 */
export interface OwnAccess {
  readonly all: readonly Role[];
  readonly own: readonly Role[];
}

/** Who may call a route: anyone, anyone signed in, these roles, or these roles about themselves. */
export type Access = 'public' | 'signed-in' | readonly Role[] | OwnAccess;

/** Analysis routes: the formula, comparisons, levers, constraints, what-if. */
const ANALYSIS: readonly Role[] = ['owner', 'analyst', 'manager'];
/** Data routes: importing files and API tokens for scripts that import them. */
const DATA: readonly Role[] = ['owner', 'analyst'];
const OWNER: readonly Role[] = ['owner'];
/** KPI plans and sheets: owners and managers see everyone's; analysts and employees their own. */
const KPI_ADMIN: readonly Role[] = ['owner', 'manager'];
const KPI_OWN: OwnAccess = { all: KPI_ADMIN, own: ['analyst', 'employee'] };

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
  'GET /api/dimensions': ANALYSIS,
  'GET /api/models': ANALYSIS,
  'POST /api/models': DATA,
  'DELETE /api/models/:id': DATA,
  'GET /api/formula': ANALYSIS,
  'GET /api/compare': ANALYSIS,
  'GET /api/levers': ANALYSIS,
  'GET /api/constraint': ANALYSIS,
  'POST /api/constraint/stages': ANALYSIS,
  'POST /api/whatif': ANALYSIS,
  'GET /api/journey': ANALYSIS,
  'GET /api/journey/map': ANALYSIS,
  'PUT /api/journey/map': KPI_ADMIN,
  'GET /api/customers/rfm': ANALYSIS,
  'GET /api/customers/list': ANALYSIS,
  'GET /api/customers/list/export': ANALYSIS,
  'GET /api/customers/segments': ANALYSIS,
  'GET /api/customers/clv': ANALYSIS,
  'GET /api/customers/clv/validation': ANALYSIS,
  'GET /api/customers/clv/value': ANALYSIS,
  'GET /api/customers/cohorts': ANALYSIS,
  'GET /api/customers/channels': ANALYSIS,
  'GET /api/customers/funnel': ANALYSIS,
  'GET /api/export/:analysis': ANALYSIS,
  'POST /api/imports/preview': DATA,
  'POST /api/imports': DATA,
  'GET /api/imports': DATA,
  'GET /api/jobs/:id': DATA,
  'GET /api/users': OWNER,
  'POST /api/users': OWNER,
  'PATCH /api/users/:id': OWNER,
  'DELETE /api/users/:id': OWNER,
  'GET /api/users/:id/tokens': OWNER,
  'POST /api/tokens': DATA,
  'GET /api/tokens': DATA,
  'DELETE /api/tokens/:id': DATA,
  'GET /api/kpi/catalogue': 'signed-in',
  'POST /api/kpi/design': ANALYSIS,
  'GET /api/kpi/designs/:model': ANALYSIS,
  'PUT /api/kpi/designs/:model': KPI_ADMIN,
  'GET /api/kpi/designs/:model/xlsx': ANALYSIS,
  'GET /api/kpi/employees': 'signed-in',
  'PUT /api/kpi/employees/:employee/user': OWNER,
  'GET /api/kpi/plans/:employee/:period': KPI_OWN,
  'PUT /api/kpi/plans/:employee/:period': KPI_ADMIN,
  'POST /api/kpi/plans/:employee/:period/copy': KPI_ADMIN,
  'GET /api/kpi/sheets/:employee/:period': KPI_OWN,
  'GET /api/kpi/sheets/:employee/:period/xlsx': KPI_OWN,
  'POST /api/kpi/quarter': KPI_ADMIN,
  'GET /api/kpi/quarter-plans/:employee/:quarter': KPI_OWN,
  'PUT /api/kpi/quarter-plans/:employee/:quarter': KPI_ADMIN,
  'DELETE /api/kpi/quarter-plans/:employee/:quarter': KPI_ADMIN,
  'GET /api/kpi/quarter-sheets/:employee/:quarter': KPI_OWN,
  'GET /api/kpi/quarter-sheets/:employee/:quarter/xlsx': KPI_OWN,
  'GET /api/kpi/analyst/:employee/:period': KPI_OWN,
  'GET /api/kpi/analyst/:employee/:period/xlsx': KPI_OWN,
  'GET /api/kpi/register/:employee': KPI_OWN,
  'PUT /api/kpi/register/:employee/:id': KPI_ADMIN,
  'POST /api/kpi/register/:employee/:id/remarks': KPI_ADMIN,
  'GET /api/kpi/analyst-plans/:employee/:period': KPI_OWN,
  'PUT /api/kpi/analyst-plans/:employee/:period': KPI_ADMIN,
  'POST /api/kpi/analyst-plans/:employee/:period/copy': KPI_ADMIN,
  'GET /api/kpi/report-norms': ['owner', 'manager', 'analyst'],
  'PUT /api/kpi/report-norms/:type': KPI_ADMIN,
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
export function enforceAccess(
  opts: { employeeOf?: (user: User) => string | null } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL' && r.path.startsWith('/api/'));
    if (!route) return next(); // no such route: the 404 handler answers
    const access = accessOf(c.req.method === 'HEAD' ? 'GET' : c.req.method, route.path);
    if (access === undefined) {
      throw new HttpError(403, 'forbidden', {
        en: `${c.req.method} ${route.path} is not in the route table`,
        ru: `${c.req.method} ${route.path} нет в таблице маршрутов`,
      });
    }
    if (access === 'public') return next();
    const identity = c.get('identity');
    if (!identity) throw new HttpError(401, 'unauthorized', SIGN_IN);
    if (isOwnAccess(access)) {
      checkOwn(access, route.path, c.req.path, identity.user, opts.employeeOf);
      return next();
    }
    if (access !== 'signed-in' && !access.includes(identity.user.role)) {
      throw new HttpError(403, 'forbidden', roleCannot(identity.user.role));
    }
    return next();
  };
}

const isOwnAccess = (a: Access): a is OwnAccess => typeof a === 'object' && 'own' in a;

/** A path parameter of the registered route, read from the request's path. */
function paramOf(pattern: string, path: string, name: string): string | undefined {
  const i = pattern.split('/').indexOf(`:${name}`);
  const seg = i < 0 ? undefined : path.split('/')[i];
  return seg === undefined ? undefined : decodeURIComponent(seg);
}

/**
 * `all` roles pass; `own` roles pass only when the route's `:employee` is the employee their
 * account is linked to (`fulcrum kpi link`); everyone else, and an unlinked account, is refused.
 */
function checkOwn(
  access: OwnAccess,
  pattern: string,
  path: string,
  user: User,
  employeeOf: ((user: User) => string | null) | undefined,
): void {
  if (access.all.includes(user.role)) return;
  if (!access.own.includes(user.role)) throw new HttpError(403, 'forbidden', roleCannot(user.role));
  const mine = employeeOf?.(user) ?? null;
  if (mine === null || paramOf(pattern, path, 'employee') !== mine)
    throw new HttpError(403, 'forbidden', {
      en: 'you may see only your own plans and sheets',
      ru: 'вам доступны только ваши планы и листы',
    });
}
