import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DateError } from '../core/calendar/index.ts';
import { FormulaTreeError } from '../core/formula/index.ts';
import { PeriodError } from '../core/period/index.ts';
import { messageIn } from '../i18n/index.ts';
import { IngestError } from '../ingest/index.ts';
import { UserError } from '../services/index.ts';
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
 * Turns a thrown error into an answer. The user's mistakes (decided by type, never by message)
 * are 400 with the message; anything else is a bug: 500 with only the request id, the stack in
 * the log under that id.
 */
export function errorHandler(logger: Logger) {
  return (err: Error, c: Context<AppEnv>): Response => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
      return errorResponse(c, err.status, err.code, err.message, err.field);
    }
    const lang = requestLang(c);
    if (err instanceof UserError) {
      return errorResponse(c, 400, 'bad_request', messageIn(err, lang), err.field);
    }
    // A date or period the user wrote that reached the core unchecked is still theirs to fix.
    if (
      err instanceof IngestError ||
      err instanceof FormulaTreeError ||
      err instanceof PeriodError ||
      err instanceof DateError
    ) {
      return errorResponse(c, 400, 'bad_request', messageIn(err, lang));
    }
    if (err instanceof HTTPException && CODES[err.status]) {
      return errorResponse(c, err.status as ContentfulStatusCode, CODES[err.status]!, err.message);
    }
    const requestId = c.get('requestId');
    logger.error(`${c.req.method} ${c.req.path} failed`, { requestId, stack: err.stack ?? String(err) });
    return errorResponse(
      c,
      500,
      'internal',
      `internal error; quote request id ${requestId} when reporting it`,
    );
  };
}
