/** The product's two languages, Russian first: the audience's language and the default. */
export const LANGS = ['ru', 'en'] as const;

/** One of the product's languages; every other declaration of a language derives from this one. */
export type Lang = (typeof LANGS)[number];

/** Intl locale for a language: numbers and dates follow it (15 206,86 ₽ in ru-RU). */
export const INTL_LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' };

/**
 * Chooses the language: an explicit choice wins, then the environment's locale variables
 * (LC_ALL, LC_MESSAGES, LANG), then Russian — the audience's language.
 */
export function resolveLang(explicit: string | undefined, env: Record<string, string | undefined>): Lang {
  if (explicit !== undefined) {
    const l = explicit.toLowerCase().slice(0, 2);
    if ((LANGS as readonly string[]).includes(l)) return l as Lang;
    throw new Error(`unknown language "${explicit}": use ru or en`);
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = (env[name] ?? '').toLowerCase();
    if (v.startsWith('ru')) return 'ru';
    if (v.startsWith('en')) return 'en';
  }
  return 'ru';
}
