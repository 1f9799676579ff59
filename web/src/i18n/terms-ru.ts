/** Russian strings around the glossary (web/src/i18n/glossary-ru.ts); spread into ru.ts. */
export const termsRu = {
  'glossary.terms': 'Термины (наведите или нажмите)',
};
