import { LocalizedError } from '../../i18n/localized.ts';

/**
 * A what-if or goal seek the typed values cannot answer (a missing lever, a lever at 0, an
 * unreachable target); says why in Russian and English, `message` in English for logs.
 */
export class WhatIfError extends LocalizedError {
  override readonly name = 'WhatIfError';
}
