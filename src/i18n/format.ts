import { INTL_LOCALE, type Lang } from './locale.ts';
import type { Unit } from '../core/formula/types.ts';

/**
 * One Intl.NumberFormat per locale and style, reused: building one costs far more than formatting
 * with it, and a formula table formats hundreds of numbers (~100 ms a command when built per call).
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const NO_DATA: Record<Lang, string> = { ru: 'нет данных', en: 'no data' };

/** "no data" in the language: shown wherever a value is null, never a 0. */
export const noData = (lang: Lang): string => NO_DATA[lang];

/** Money in roubles with kopecks: 15 206,86 ₽. */
export function formatMoney(v: number | null, lang: Lang, digits = 2): string {
  if (v === null) return noData(lang);
  // A gain that rounds to nothing prints as 0, not "-0".
  if (Math.abs(v) < 0.5 * 10 ** -digits) v = 0;
  return numberFormat(INTL_LOCALE[lang], {
    style: 'currency',
    currency: 'RUB',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** A plain number with up to `digits` decimals. */
export function formatNumber(v: number | null, lang: Lang, digits = 2): string {
  if (v === null) return noData(lang);
  return numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits }).format(v);
}

/** A percentage given in percent points (20 → "+20,0 %"), signed when asked. */
export function formatPct(v: number | null, lang: Lang, signed = true, digits = 1): string {
  if (v === null) return noData(lang);
  return numberFormat(INTL_LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(v / 100);
}

/** Formats a node value by its unit. */
export function formatByUnit(v: number | null, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'money':
      return formatMoney(v, lang);
    case 'ratio':
      // Conversion and margin rate read as percentages: 36,29 %.
      return v === null ? noData(lang) : formatPct(v * 100, lang, false, 2);
    case 'count':
      return formatNumber(v, lang, 0);
    case 'number':
    case 'hours':
      return formatNumber(v, lang, 2);
  }
}
