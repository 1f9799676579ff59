import { FIELD, type Bilingual } from '../i18n/index.ts';
import type { TableName } from './contract.ts';
import { SYNONYMS } from './synonyms.ts';

/** Headers a missing-column message lists. */
const SHOWN_HEADERS = 40;

/**
 * The message for required fields with no column: names each, lists the headers found and the
 * synonyms accepted, and points at the header mapping, so the user can fix it without reading docs.
 */
export function missingColumnsMessage(
  table: TableName,
  missing: readonly string[],
  headers: readonly string[],
): Bilingual {
  const accepted = (field: string): string =>
    [field, ...(SYNONYMS[table][field] ?? [])].filter((s, i, all) => all.indexOf(s) === i).join(', ');
  // A wide file's headers would drown the message: the first few say which file it is.
  const named = headers.filter((h) => h.trim() !== '');
  const more = named.length - SHOWN_HEADERS;
  const list = named.slice(0, SHOWN_HEADERS).join(', ');
  const found = more > 0 ? `${list}, … (+${more})` : list;
  const en = missing.map(
    (f) => `missing required column "${f}" for ${table} (accepted headers: ${accepted(f)})`,
  );
  const ru = missing.map(
    (f) => `нет обязательного столбца «${f}» для ${table} (подходят заголовки: ${accepted(f)})`,
  );
  return {
    en: `${en.join('; ')}; headers found: ${found || 'none'}. Name the column in the header mapping (${FIELD} "<header>=${missing[0]}").`,
    ru: `${ru.join('; ')}; найдены заголовки: ${found || 'нет'}. Укажите столбец в сопоставлении заголовков (${FIELD} "<заголовок>=${missing[0]}").`,
  };
}
