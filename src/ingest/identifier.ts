const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Turns a free-text header into a column name: transliterated, lower-case ASCII, `_`-separated.
 * ASCII because the same names must work in DuckDB today and ClickHouse later, and be typable in
 * SQL by an analyst ("Название сделки" → nazvanie_sdelki).
 */
export function sanitiseIdentifier(header: string, fallback: string): string {
  const latin = [...header.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
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
