import type { ZodError } from 'zod';
import type { Bilingual } from '../i18n/index.ts';
import { UserError } from '../services/index.ts';
import { issueText } from '../i18n/index.ts';

/**
 * zod-openapi's hook after each validator: a failed one becomes a 400 that names the first bad
 * field as the client sent it (`period`, `stages.0.capacity`), so a form can mark it, and says
 * why in the user's language (the error handler picks it): a check's own reason in both languages
 * (`params.bilingual`, e.g. schemas/common.ts's dateQuery), else zod's Russian and English texts.
 */
export function validationHook(result: {
  success: boolean;
  error?: unknown;
  target?: string;
  data?: unknown;
}): void {
  if (result.success) return;
  const issue = (result.error as ZodError | undefined)?.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : (result.target ?? 'body');
  const bilingual = (issue as { params?: { bilingual?: Bilingual } } | undefined)?.params?.bilingual;
  if (bilingual) throw new UserError(bilingual, field);
  if (!issue) throw new UserError({ en: `${field}: invalid`, ru: `${field}: неверное значение` }, field);
  throw new UserError(issueText(issue, field, result.data), field);
}
