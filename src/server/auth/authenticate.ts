import type { MiddlewareHandler } from 'hono';
import { resumeSession, userByApiToken, type Workspace } from '../../services/index.ts';
import { HttpError } from '../http-error.ts';
import type { AppEnv } from '../types.ts';
import { sessionCookie } from './cookies.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling: `Authorization: Bearer` (an API token) or the session cookie. A bad
 * bearer token is a 401 at once rather than a silent fall back to the cookie, so a script learns
 * its token is wrong. Cookie sessions must echo their CSRF token on state-changing requests: a
 * form on another site can send the cookie but cannot read the token.
 */
export function authenticate(ws: Workspace): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('identity', null);
    const auth = c.req.header('authorization');
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const found = m ? userByApiToken(ws, m[1]!) : null;
      if (!found)
        throw new HttpError(401, 'unauthorized', {
          en: 'unknown or malformed API token',
          ru: 'неизвестный или искажённый API-токен',
        });
      c.set('identity', { via: 'token', user: found.user, tokenId: found.tokenId });
      return next();
    }
    // Signing in again (a second tab, an expired page) must not need the old session's token.
    if (c.req.path === '/api/auth/login') return next();
    const token = sessionCookie(c);
    const session = token ? resumeSession(ws, token) : null;
    if (session) {
      if (UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
        throw new HttpError(403, 'forbidden', {
          en: 'missing or wrong x-csrf-token header',
          ru: 'заголовка x-csrf-token нет или он неверен',
        });
      }
      c.set('identity', { via: 'session', user: session.user, session });
    }
    return next();
  };
}
