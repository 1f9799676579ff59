import type { ZodError } from 'zod';
import type { Bilingual } from '../i18n/index.ts';
import { UserError } from '../services/index.ts';
import { HttpError } from './http-error.ts';

/**
 * zod-openapi's hook after each validator: a failed one becomes a 400 that names the first bad
 * field as the client sent it (`period`, `stages.0.capacity`), so a form can mark it. A check that
 * wrote its reason in both languages (`params.bilingual`, e.g. schemas/common.ts's dateQuery) is
 * answered in the user's language by the error handler.
 */
export function validationHook(result: { success: boolean; error?: unknown; target?: string }): void {
  if (result.success) return;
  const issue = (result.error as ZodError | undefined)?.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : (result.target ?? 'body');
  const bilingual = (issue as { params?: { bilingual?: Bilingual } } | undefined)?.params?.bilingual;
  if (bilingual) throw new UserError(bilingual, field);
  throw new HttpError(400, 'bad_request', `${field}: ${issue?.message ?? 'invalid'}`, field);
}
