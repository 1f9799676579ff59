import { ApiError, apiErrorFrom } from './api-error.ts';
import { queryString, type QueryValue } from './query.ts';

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

/** Calls the API and returns the parsed body; any non-2xx answer throws an ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
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
    res = await fetch('/api' + path + queryString(opts.query ?? {}), {
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
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
