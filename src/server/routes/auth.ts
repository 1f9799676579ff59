import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { checkPassword, endSession, startSession } from '../../services/index.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/cookies.ts';
import { clientIp } from '../auth/client-ip.ts';
import { loginLimiter } from '../auth/rate-limit.ts';
import { currentUser } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { LoginBodySchema, SessionSchema } from '../schemas/accounts.ts';
import { AUTH_ERRORS, ErrorSchema, INPUT_ERRORS, json, jsonBody } from '../schemas/common.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in: sets the session cookie and returns the CSRF token',
  request: jsonBody(LoginBodySchema),
  responses: {
    200: json(SessionSchema, 'signed in'),
    ...INPUT_ERRORS,
    429: json(ErrorSchema, '5 failures for this login and address in 15 minutes'),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out: ends the session',
  responses: { 204: { description: 'signed out' }, ...AUTH_ERRORS },
});

const me = createRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'Who is signed in, and the CSRF token for state-changing requests',
  responses: {
    200: json(
      SessionSchema.extend({ csrfToken: z.string().nullable() }),
      'the user (csrfToken null for API tokens)',
    ),
    ...AUTH_ERRORS,
  },
});

/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me. */
export function registerAuth(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  const limiter = loginLimiter(deps.clock);
  app.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const ip = clientIp(c);
    if (!limiter.allowed(body.login, ip)) {
      throw new HttpError(429, 'rate_limited', 'too many failed sign-ins; try again later', undefined, {
        'retry-after': String(limiter.retryAfter(body.login, ip)),
      });
    }
    const user = await checkPassword(ws, body.login, body.password);
    if (!user) {
      limiter.fail(body.login, ip);
      deps.logger.info('sign-in failed', { login: body.login, ip, requestId: c.get('requestId') });
      throw new HttpError(401, 'unauthorized', 'wrong login or password');
    }
    limiter.succeed(body.login, ip);
    const s = startSession(ws, user);
    setSessionCookie(c, s.token, s.expiresAt);
    return c.json({ user, csrfToken: s.csrfToken }, 200);
  });
  app.openapi(logout, (c) => {
    const identity = c.get('identity');
    if (identity?.via === 'session') endSession(ws, identity.session.tokenHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  app.openapi(me, (c) => {
    const identity = c.get('identity');
    const csrfToken = identity?.via === 'session' ? identity.session.csrfToken : null;
    return c.json({ user: currentUser(c), csrfToken }, 200);
  });
}
