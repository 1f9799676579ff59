import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { bilingual, type Bilingual, type Lang, type Localizable } from '../i18n/index.ts';

/** Error codes of the API's error body, one per status the contract lists. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'busy'
  | 'internal';

/** The one shape every error answer has. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; requestId: string };
}

/**
 * An error with its HTTP answer decided where it is thrown (auth, validation, limits). Its text is
 * given in both languages where a person reads it, and answered in the request's language;
 * `message` is English, for logs.
 */
export class HttpError extends Error implements Localizable {
  override readonly name = 'HttpError';
  readonly text: Bilingual;
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string | Bilingual,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    const t = bilingual(message);
    super(t.en);
    this.text = t;
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}

/** Writes an error answer with the request's id. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  field?: string,
): Response {
  const body: ErrorBody = { error: { code, message, requestId: c.get('requestId') ?? '' } };
  if (field) body.error.field = field;
  return c.json(body, status);
}

/** The 401 of a request with no session or token. */
export const SIGN_IN: Bilingual = { en: 'sign in first', ru: 'сначала войдите в систему' };

/** The 403 of a role a route is not open to. */
export const roleCannot = (role: string): Bilingual => ({
  en: `the ${role} role cannot do this`,
  ru: `роли ${role} это не разрешено`,
});
