/** Header comparison form: no BOM, trimmed, lower-case, ё→е, single spaces. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\s+/g, ' ');
}

/**
 * A looser form for a second matching pass: units and VAT notes dropped, punctuation gone, so
 * «Расход, ₽, с НДС», «Расход (руб.)» and «Расход» meet. Only used when no exact synonym matched.
 */
export function looseHeader(h: string): string {
  return normaliseHeader(h)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(^|[\s,])(руб\.?|р\.|₽|rub|с ндс|без ндс)(?=$|[\s,])/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
