import type { Bilingual, Localizable } from '../../i18n/localized.ts';
import type { Lang } from '../../i18n/locale.ts';

/**
 * A what-if or goal seek the typed values cannot answer (a missing lever, a lever at 0, an
 * unreachable target); says why in Russian and English, `message` in English for logs.
 */
export class WhatIfError extends Error implements Localizable {
  override readonly name = 'WhatIfError';
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}
