import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { checkPassword, endSession, startSession } from '../../../services/index.ts';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookies.ts';
import { addressKey, clientIp } from '../../auth/client-ip.ts';
import { hashGate } from '../../auth/hash-gate.ts';
import { LOGIN_LIMITS, loginLimiter } from '../../auth/rate-limit.ts';
import { LOGIN_BODY_BYTES } from '../../body-limit.ts';
import { currentUser, requestLang } from '../../context.ts';
import { HttpError } from '../../http-error.ts';
import { LoginBodySchema, MeSchema, SessionSchema } from '../../../contract/accounts.ts';
import { AUTH_ERRORS, ErrorSchema, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in: sets the session cookie and returns the CSRF token',
  request: jsonBody(LoginBodySchema),
  responses: {
    200: json(SessionSchema, 'signed in'),
    ...INPUT_ERRORS,
    413: json(ErrorSchema, `a body over ${LOGIN_BODY_BYTES / 1024} KB`),
    429: json(
      ErrorSchema,
      `${LOGIN_LIMITS.perLogin} failures for this login, or ${LOGIN_LIMITS.perAddress} for any logins, ` +
        `from this address in ${LOGIN_LIMITS.windowMs / 60_000} minutes; or too many sign-ins in ` +
        'progress (Retry-After says when to try again)',
    ),
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
    200: json(MeSchema, 'the user (csrfToken null for API tokens)'),
    ...AUTH_ERRORS,
  },
});

/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me. */
export function registerAuth(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  const limiter = loginLimiter(deps.clock);
  const gate = hashGate();
  app.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const ip = clientIp(c, deps.trustProxy);
    const address = addressKey(ip);
    const ru = requestLang(c) === 'ru';
    const wait = limiter.begin(body.login, address);
    if (wait > 0) {
      // Not logged beyond the request line: a flood of refusals must not become a flood of log.
      throw new HttpError(
        429,
        'rate_limited',
        ru
          ? `слишком много неудачных входов с этого адреса; попробуйте через ${wait} с`
          : `too many failed sign-ins from this address; try again in ${wait} s`,
        undefined,
        { 'retry-after': String(wait) },
      );
    }
    const checked = await gate.run(() => checkPassword(ws, body.login, body.password));
    if (checked.busy) {
      limiter.undo(body.login, address);
      throw new HttpError(
        429,
        'rate_limited',
        ru
          ? 'сервер занят входом других пользователей; повторите через секунду'
          : 'the server is busy signing others in; try again in a second',
        undefined,
        { 'retry-after': '1' },
      );
    }
    const user = checked.value;
    if (!user) {
      deps.logger.info('sign-in failed', { login: body.login, ip, requestId: c.get('requestId') });
      throw new HttpError(401, 'unauthorized', ru ? 'неверный логин или пароль' : 'wrong login or password');
    }
    limiter.succeed(body.login, address);
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
