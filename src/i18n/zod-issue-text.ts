import { locales, type core } from 'zod';
import type { Bilingual } from './localized.ts';

type Issue = core.$ZodIssue;
type LocaleError = (issue: core.$ZodRawIssue) => string | { message: string } | undefined | null;

// zod's own Russian and English texts, per issue: no global switch, so both languages are at hand
// for whichever the request asks in.
const LOCALES: Record<keyof Bilingual, LocaleError> = {
  en: locales.en().localeError as LocaleError,
  ru: locales.ru().localeError as LocaleError,
};

const said = (r: ReturnType<LocaleError>): string | undefined => (typeof r === 'string' ? r : r?.message);

// The value the client sent at the issue's path: a finished issue no longer carries it, and the
// texts say what was received ("expected number, received string").
function inputAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

// zod's Russian leaves some type names in English ("ожидалось, что number будет >=1").
const TYPES_RU: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'логическое значение',
  object: 'объект',
  array: 'массив',
  date: 'дата',
  undefined: 'ничего',
};
// Whole words outside quotes only: a quoted value the client sent or an option stays as it is.
const typesRu = (text: string): string =>
  text.replace(
    /(?<!["\w])(string|number|int|boolean|object|array|date|undefined)(?!["\w])/g,
    (w) => TYPES_RU[w] ?? w,
  );

/**
 * A zod issue as a text in Russian and English naming the field (`step: …`). A message a schema
 * wrote itself (not zod's default) stays in English as written, with zod's Russian text for the
 * same code beside it: a Russian reader then gets a Russian reason, if a less specific one.
 */
export function issueText(issue: Issue, field: string, data: unknown): Bilingual {
  const raw = { ...issue, input: inputAt(data, issue.path) } as unknown as core.$ZodRawIssue;
  const en = said(LOCALES.en(raw)) ?? issue.message;
  const ru = typesRu(said(LOCALES.ru(raw)) ?? issue.message);
  const ownEn = said(LOCALES.en({ ...raw, input: undefined } as core.$ZodRawIssue));
  // zod's default English text either way (with or without the input) means zod wrote it.
  const english = issue.message === en || issue.message === ownEn ? en : issue.message;
  return { en: `${field}: ${english}`, ru: `${field}: ${ru}` };
}

/**
 * Every issue of a failed parse in both languages, `path: reason; …` (`(root)` for the whole
 * value): how a service reports a file or a body that breaks its schema. `data` is what was parsed.
 */
export function issuesText(error: { issues: readonly Issue[] }, data: unknown): Bilingual {
  const texts = error.issues.map((i) => issueText(i, i.path.join('.') || '(root)', data));
  return { en: texts.map((t) => t.en).join('; '), ru: texts.map((t) => t.ru).join('; ') };
}
