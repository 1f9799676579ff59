import type { Lang } from '../../../src/i18n/locale.ts';
import { en } from './en.ts';
import { ru, type MessageKey } from './ru.ts';

/** Both dictionaries by language. */
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { ru, en };

/** Values for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A message in a language with its placeholders filled; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

/** A translate function bound to one language, as components use it. */
export type T = (key: MessageKey, params?: MessageParams) => string;
