import { latinOf } from '../i18n/transliterate.ts';

/**
 * Turns a free-text header into a column name: transliterated, lower-case ASCII, `_`-separated.
 * ASCII because the same names must work in DuckDB today and ClickHouse later, and be typable in
 * SQL by an analyst ("Название сделки" → nazvanie_sdelki).
 */
export function sanitiseIdentifier(header: string, fallback: string): string {
  const latin = latinOf(header.toLowerCase());
  const id = latin
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  if (id === '') return fallback;
  return /^[0-9]/.test(id) ? `c_${id}` : id;
}

/** Makes `name` unique against `taken` by appending _2, _3…; records the result in `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name}_${n}`;
  taken.add(out);
  return out;
}
