import { LANGS, type Lang } from '../../../src/i18n/locale.ts';

const KEY = 'fulcrum.lang';

/** The saved UI language; Russian unless the browser or the user asked for English. */
export function loadLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    const known = LANGS.find((l) => l === saved);
    if (known) return known;
  } catch {
    // Private mode may forbid storage; fall through to the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.startsWith('en') ? 'en' : 'ru';
}

/** Remembers the UI language across visits. */
export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not persisted: the switch still works for this visit.
  }
}
