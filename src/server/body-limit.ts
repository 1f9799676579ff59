import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestLang } from './context.ts';
import { HttpError } from './http-error.ts';
import type { AppEnv } from './types.ts';
import type { Lang } from '../i18n/locale.ts';

/** The largest body of a sign-in: a login and a password are a few hundred bytes at most. */
export const LOGIN_BODY_BYTES = 16 * 1024;
/** The largest JSON body of any other route: plans, designs and formula trees are far smaller. */
export const JSON_BODY_BYTES = 1024 * 1024;

/** Routes that stream their body to disk under their own, much larger limit (`uploads/receive.ts`). */
const STREAMED = new Set(['POST /api/imports', 'POST /api/imports/preview']);

/** The body limit of a request in bytes, or null when the route enforces its own while streaming. */
export function bodyLimitOf(method: string, path: string): number | null {
  const key = `${method.toUpperCase()} ${path}`;
  if (STREAMED.has(key)) return null;
  return key === 'POST /api/auth/login' ? LOGIN_BODY_BYTES : JSON_BODY_BYTES;
}

/** "16 KB" / "16 КБ": every limit here is a whole number of kilobytes or megabytes. */
const sizeText = (bytes: number, lang: Lang): string => {
  const mb = bytes >= 1024 * 1024;
  const n = mb ? bytes / (1024 * 1024) : bytes / 1024;
  return `${n} ${lang === 'ru' ? (mb ? 'МБ' : 'КБ') : mb ? 'MB' : 'KB'}`;
};

const limited = (maxSize: number): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize,
    onError: (c) => {
      const lang = requestLang(c);
      const route = `${c.req.method} ${c.req.path}`;
      const message =
        lang === 'ru'
          ? `тело запроса больше допустимых ${sizeText(maxSize, lang)} для ${route}`
          : `the request body is over the limit of ${sizeText(maxSize, lang)} for ${route}`;
      throw new HttpError(413, 'payload_too_large', message, 'body');
    },
  });

/**
 * Refuses a body over its route's limit with 413 before a route reads it: a declared
 * Content-Length is judged without reading a byte, a chunked body is cut off at the limit. Without
 * it `c.req.json()` would read a 100 MB sign-in whole, and anyone may send one.
 */
export function bodyLimits(): MiddlewareHandler<AppEnv> {
  const byLimit = new Map([LOGIN_BODY_BYTES, JSON_BODY_BYTES].map((n) => [n, limited(n)]));
  return async (c, next) => {
    const limit = bodyLimitOf(c.req.method, c.req.path);
    return limit === null ? next() : byLimit.get(limit)!(c, next);
  };
}
