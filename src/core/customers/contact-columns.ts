/**
 * Which warehouse columns of `orders` hold a way to reach the customer. Import turns headers it
 * does not know into transliterated ASCII columns (`Телефон` → `telefon`, `Рабочий e-mail` →
 * `rabochiy_e_mail`, `Эл. почта` → `el_pochta`), so the rule matches whole `_`-separated words
 * of the column name, in English and transliterated Russian. Canonical fields (customer_id,
 * channel, store…) are never contacts, even when a CRM names its customer column «Контакт».
 */

/** The kinds of contact a column can hold, in the order they are exported. */
export const CONTACT_KINDS = ['phone', 'email', 'messenger', 'name'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

// Words, or runs of words, that mark a column as one kind of contact.
const WORDS: Record<ContactKind, readonly string[]> = {
  phone: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'msisdn', 'telefon', 'mobilnyy', 'sotovyy', 'mob'],
  email: ['email', 'e_mail', 'mail', 'pochta', 'el_pochta', 'elektronnaya_pochta', 'emeyl', 'imeyl'],
  messenger: ['telegram', 'whatsapp', 'viber', 'vk', 'vkontakte', 'messenger', 'messendzher'],
  name: ['fio', 'full_name', 'contact_name', 'imya', 'familiya', 'first_name', 'last_name', 'kontakt'],
};

// Columns every table defines or import adds: never contacts.
const RESERVED = new Set([
  'order_id',
  'customer_id',
  'ts',
  'revenue',
  'items',
  'cost',
  'channel',
  'discount',
  'store',
  'region',
  'manager',
  'category',
  'product',
  '_import_id',
]);

/** The kind of contact a column holds, or null when it holds none. */
export function contactKind(column: string): ContactKind | null {
  if (RESERVED.has(column) || column.startsWith('_')) return null;
  const padded = `_${column.toLowerCase()}_`;
  for (const kind of CONTACT_KINDS) if (WORDS[kind].some((w) => padded.includes(`_${w}_`))) return kind;
  return null;
}

/** The contact columns among `columns`, phones first, then e-mails, messengers and names. */
export function contactColumns(columns: Iterable<string>): string[] {
  const found = [...columns]
    .map((c) => ({ c, kind: contactKind(c) }))
    .filter((x): x is { c: string; kind: ContactKind } => x.kind !== null);
  return found.sort((x, y) => CONTACT_KINDS.indexOf(x.kind) - CONTACT_KINDS.indexOf(y.kind)).map((x) => x.c);
}
