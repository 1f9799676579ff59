import type { Unit } from '../../api/types.ts';
import type { Lang } from '../../format/format.ts';
import { LOCALES } from '../../format/format.ts';
import { parseNumber } from '../../format/parse.ts';

/**
 * Lever values as people type them: ratios (C, M) in percent, everything else as is, with the
 * locale's decimal mark, and back to the API's raw numbers.
 */
export function toInput(v: number, unit: Unit, lang: Lang): string {
  const shown = unit === 'ratio' ? v * 100 : v;
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 4, useGrouping: false }).format(shown);
}

/** The raw value of a typed lever, or null when it is not a number. */
export function fromInput(text: string, unit: Unit): number | null {
  const n = parseNumber(text);
  if (n === null) return null;
  return unit === 'ratio' ? n / 100 : n;
}
