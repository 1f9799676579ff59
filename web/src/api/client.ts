import { ApiError, apiErrorFrom } from './api-error.ts';
import { queryString, type QueryValue } from './query.ts';
import type { ApiRoute, Answer, RouteBody, RouteParams } from './routes.ts';

/** Session state the client adds to requests; set by the session provider. */
const session = { csrf: null as string | null, lang: 'ru' };

/** The CSRF token from /api/auth/me: every state-changing request with a cookie must carry it. */
export function setCsrfToken(token: string | null): void {
  session.csrf = token;
}

/** The UI language, sent as Accept-Language so `explain` sentences come back in it. */
export function setApiLanguage(lang: string): void {
  session.lang = lang;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** A plain object is sent as JSON; a Blob/File is streamed as is (imports). */
  body?: unknown;
  signal?: AbortSignal;
}

/** The headers every request carries: language, JSON, and the CSRF token on state changes. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': session.lang, Accept: 'application/json' };
  if (method !== 'GET' && session.csrf) headers['x-csrf-token'] = session.csrf;
  return headers;
}

/** What a call of `route` takes beside the route: its path parameters and its JSON body, typed. */
export type RouteOptions<K extends ApiRoute> = Omit<RequestOptions, 'method' | 'body'> &
  RouteParams<K> &
  ([RouteBody<K>] extends [never] ? { body?: undefined } : { body: RouteBody<K> });

/**
 * Calls a route of the contract's table by its name, e.g. `api('GET /api/meta')` or
 * `api('DELETE /api/models/{id}', { params: { id } })`: the method, the URL and the answer's
 * type all come from that one name (src/contract/api-routes.ts). Every JSON route the workbench
 * calls is in the table, so there is no way to pick a URL or an answer type by hand; files
 * (exports, workbooks) are links, and imports stream through upload.ts.
 */
export function api<K extends ApiRoute>(
  route: K,
  ...opts: Partial<RouteOptions<K>> extends RouteOptions<K> ? [RouteOptions<K>?] : [RouteOptions<K>]
): Promise<Answer<K>>;
export function api(
  target: string,
  opts: RequestOptions & { params?: Record<string, string | number> } = {},
): Promise<unknown> {
  const space = target.indexOf(' ');
  const method = target.slice(0, space) as NonNullable<RequestOptions['method']>;
  const path = target
    .slice(space + 1)
    .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(opts.params?.[name] ?? '')));
  return request(path, { ...opts, method });
}

/** Sends one request and returns the parsed body; any non-2xx answer throws an ApiError. */
async function request(url: string, opts: RequestOptions): Promise<unknown> {
  const method = opts.method ?? 'GET';
  const headers = requestHeaders(method);
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob) {
    body = opts.body;
    headers['Content-Type'] = opts.body.type || 'application/octet-stream';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(url + queryString(opts.query ?? {}), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error).message);
  }
  if (!res.ok) throw await apiErrorFrom(res);
  if (res.status === 204) return undefined;
  return await res.json();
}
