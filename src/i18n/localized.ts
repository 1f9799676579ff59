import type { Lang } from './locale.ts';
import type { Spelling } from './user-error.ts';

/** A text in each of the product's languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/**
 * An error that can say itself in the user's language; its `message` stays English, for logs.
 * `spell` is how the surface writes an input the text names (`--map` on the command line).
 */
export interface Localizable {
  localized(lang: Lang, spell?: Spelling): string;
}

const isLocalizable = (e: unknown): e is Localizable =>
  typeof e === 'object' && e !== null && typeof (e as Partial<Localizable>).localized === 'function';

/** What a surface shows for a thrown error: its text in `lang` when it has one, else its message. */
export function messageIn(e: unknown, lang: Lang): string {
  if (isLocalizable(e)) return e.localized(lang);
  return e instanceof Error ? e.message : String(e);
}

/** An error's text in both languages (for wrapping it into another error type). */
export const textOf = (e: unknown): Bilingual => ({ ru: messageIn(e, 'ru'), en: messageIn(e, 'en') });

/** A plain string is the same in both languages (a value echoed back, a library's own words). */
export const bilingual = (text: string | Bilingual): Bilingual =>
  typeof text === 'string' ? { ru: text, en: text } : text;

/** `prefix: text` in each language: a file or a row named before what is wrong with it. */
export const prefixed = (prefix: string | Bilingual, text: Bilingual): Bilingual => {
  const p = bilingual(prefix);
  return { ru: `${p.ru}: ${text.ru}`, en: `${p.en}: ${text.en}` };
};

/** Several texts as one, each language joined with `sep` (one problem per line, or `; `). */
export const joined = (texts: readonly Bilingual[], sep: string): Bilingual => ({
  ru: texts.map((t) => t.ru).join(sep),
  en: texts.map((t) => t.en).join(sep),
});

/**
 * A user's mistake that says why in Russian and English (`message` stays English, for logs).
 * Subclasses only name themselves, so a surface can tell a bad date from a bad period.
 */
export class LocalizedError extends Error implements Localizable {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}
