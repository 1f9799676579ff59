/** The product's two languages. */
export type Lang = 'ru' | 'en';

/** Intl locale for a language: numbers and dates follow it (15 206,86 ₽ in ru-RU). */
export const INTL_LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' };

/**
 * Chooses the language: an explicit choice wins, then the environment's locale variables
 * (LC_ALL, LC_MESSAGES, LANG), then Russian — the audience's language.
 */
export function resolveLang(explicit: string | undefined, env: Record<string, string | undefined>): Lang {
  if (explicit !== undefined) {
    const l = explicit.toLowerCase().slice(0, 2);
    if (l === 'ru' || l === 'en') return l;
    throw new Error(`unknown language "${explicit}": use ru or en`);
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = (env[name] ?? '').toLowerCase();
    if (v.startsWith('ru')) return 'ru';
    if (v.startsWith('en')) return 'en';
  }
  return 'ru';
}
