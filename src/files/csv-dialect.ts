import type { Lang } from '../i18n/index.ts';

/**
 * How a CSV file is written for a language — the one place that decides it. Russian Excel reads
 * a file in columns only when the separator is `;` (its list separator; `,` is its decimal mark)
 * and reads `1234,5` as a number only with a decimal comma; English Excel wants `,` and `.`.
 * Both get UTF-8 with a BOM (without it Excel takes the bytes for the ANSI code page and shows
 * Cyrillic as mojibake) and CRLF line ends (RFC 4180).
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_DIALECTS: Record<Lang, CsvDialect> = {
  ru: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

// A text cell a spreadsheet would read as a formula: Excel, LibreOffice and Google Sheets evaluate
// one that starts with = + - @ tab or CR (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`), and names, ids
// and contacts come from the customer's own data. Numbers are never text here, so −5 stays −5.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number as the dialect writes it: every digit JavaScript keeps (no rounding, no grouping — a
 * thousands space would turn it into text), never in exponent form (`1e-7` is text to Excel).
 */
export function csvNumber(v: number, d: CsvDialect): string {
  if (!Number.isFinite(v)) return '';
  let s = String(v);
  if (/e/i.test(s)) s = v.toFixed(20).replace(/\.?0+$/, '');
  return d.decimal === '.' ? s : s.replace('.', d.decimal);
}

/**
 * One CSV cell. Text that could start a formula gets a leading `'` and quotes, as OWASP advises
 * (the spreadsheet shows it as text, the quote hidden); RFC 4180 quoting otherwise: a value with
 * the separator, a quote or a line break is quoted, quotes doubled.
 */
export function csvCell(v: string | number | null | undefined, d: CsvDialect): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v, d);
  if (FORMULA_START.test(v)) return `"'${v.replaceAll('"', '""')}"`;
  const special = d.separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Lines of cells as CSV text in the language's dialect: BOM first, CRLF after every line. */
export function csvLines(
  lines: readonly (readonly (string | number | null | undefined)[])[],
  lang: Lang,
): string {
  const d = CSV_DIALECTS[lang];
  return `\uFEFF${lines.map((r) => r.map((v) => csvCell(v, d)).join(d.separator)).join('\r\n')}\r\n`;
}
