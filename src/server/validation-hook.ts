import type { ZodError } from 'zod';
import { HttpError } from './http-error.ts';

/**
 * zod-openapi's hook after each validator: a failed one becomes a 400 that names the first bad
 * field as the client sent it (`period`, `stages.0.capacity`), so a form can mark it.
 */
export function validationHook(result: { success: boolean; error?: unknown; target?: string }): void {
  if (result.success) return;
  const issue = (result.error as ZodError | undefined)?.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : (result.target ?? 'body');
  throw new HttpError(400, 'bad_request', `${field}: ${issue?.message ?? 'invalid'}`, field);
}
