import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie's name (the contract names it). */
export const SESSION_COOKIE = 'fulcrum_session';

/** True when the request reached us over https (directly; proxies are not trusted here). */
const isHttps = (c: Context): boolean => new URL(c.req.url).protocol === 'https:';

/** Sets the session cookie: httpOnly, SameSite=Strict, Path=/, Secure over https. */
export function setSessionCookie(c: Context, token: string, expires: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    expires,
  });
}

/** The session token the browser sent, if any. */
export const sessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);

/** Clears the session cookie (logout). */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Strict' });
}
