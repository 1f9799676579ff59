import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes of the API's error body, one per status the contract lists. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

/** The one shape every error answer has. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; requestId: string };
}

/** An error with its HTTP answer decided where it is thrown (auth, validation, limits). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
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
