import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { messageIn, translator, type Lang } from '../i18n/index.ts';
import { errorDetails, errorKind, UserError } from '../services/index.ts';
import { WarehouseBusyError } from '../services/warehouse/lock.ts';
import { requestLang } from './context.ts';
import { errorResponse, HttpError, type ErrorCode } from './http-error.ts';
import type { AppEnv, Logger } from './types.ts';

const CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * Turns a thrown error into an answer, by services' errorKind (decided by type, never by
 * message). The user's mistakes are 400 with the message in their language; the engine's failure
 * or a bug is 500 with a generic text in their language and the request id — never SQL, a path or
 * a stack, which go to the log under that id (with every cause, so the engine's raw words too).
 */
export function errorHandler(logger: Logger) {
  return (err: Error, c: Context<AppEnv>): Response => {
    if (err instanceof HttpError) for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
    if (err instanceof HTTPException && CODES[err.status]) {
      return errorResponse(c, err.status as ContentfulStatusCode, CODES[err.status]!, err.message);
    }
    const requestId = c.get('requestId');
    const answer = errorAnswer(err, requestLang(c), requestId);
    if (answer.status === 500)
      logger.error(`${c.req.method} ${c.req.path} failed`, {
        requestId,
        kind: errorKind(err),
        stack: errorDetails(err),
      });
    return errorResponse(c, answer.status, answer.code, answer.message, answer.field);
  };
}

/** What a user may read for a failed request, in the request's language. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  code: ErrorCode;
  message: string;
  field?: string;
}

/**
 * The one rule (by services' errorKind) for a request's failure, also for work that outlives the
 * request (a background import): an HttpError has its own answer; the user's error is 400 with
 * its text; the engine's failure or a bug is 500 with a generic text and the request id, the
 * details left for the caller to log.
 */
export function errorAnswer(err: unknown, lang: Lang, requestId: string): ErrorAnswer {
  // Its answer decided where it was thrown (auth, limits, uploads).
  if (err instanceof HttpError)
    return { status: err.status, code: err.code, message: messageIn(err, lang), field: err.field };
  // Nobody's mistake: a CLI command in another terminal held the warehouse for as long as we waited.
  if (err instanceof WarehouseBusyError) return { status: 503, code: 'busy', message: messageIn(err, lang) };
  const kind = errorKind(err);
  // A date or period the user wrote that reached the core unchecked is still theirs to fix.
  if (kind === 'user')
    return {
      status: 400,
      code: 'bad_request',
      message: messageIn(err, lang),
      field: (err as Partial<UserError>).field,
    };
  const t = translator(lang);
  const what = kind === 'engine' ? messageIn(err, lang) : t('error.bug');
  return { status: 500, code: 'internal', message: `${what}; ${t('error.requestId', { requestId })}` };
}
