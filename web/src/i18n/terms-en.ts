import type { termsRu } from './terms-ru.ts';

/** English strings around the glossary (web/src/i18n/glossary-en.ts); spread into en.ts. */
export const termsEn: Record<keyof typeof termsRu, string> = {
  'glossary.terms': 'Terms (hover or tap)',
};
