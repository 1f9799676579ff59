import type { Maybe } from './types.ts';
import { IN_TEXT, money as moneyIn, noData, number } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/locale.ts';

export type { Lang };
export { writtenDay as day, periodName } from '../../i18n/format-dates.ts';

/**
 * How the KPI sheets write values — on the one format family of src/i18n, with the methodology's
 * own habits: "88%" without a space, whole roubles without kopecks.
 */

/** Unit of a KPI value; shares read as percentages, money in roubles. */
export type KpiUnit = 'count' | 'ratio' | 'money' | 'number' | 'percent';

/** A plain number, up to `digits` decimals: 0,88. */
export const num = (v: number, lang: Lang, digits = 4): string => number(v, lang, IN_TEXT, digits);

/**
 * A ratio as percent written "88%", the way the methodology's sheets print it (Intl's percent style
 * would put a space before the sign in Russian).
 */
export const pct = (ratio: number, lang: Lang, digits = 1): string => `${num(ratio * 100, lang, digits)}%`;

/** Roubles: 12 936,00 ₽; a whole bonus base reads as 30 000 ₽. */
export const money = (v: number, lang: Lang, digits?: number): string =>
  moneyIn(v, lang, IN_TEXT, { digits: digits ?? (Number.isInteger(v) ? 0 : 2) });

/** A KPI value by its unit; null reads "no data". */
export function byUnit(v: Maybe, unit: KpiUnit, lang: Lang): string {
  if (v === null) return noData(lang);
  switch (unit) {
    case 'ratio':
    case 'percent':
      return pct(v, lang);
    case 'money':
      return money(v, lang, 2);
    case 'count':
      return num(v, lang, 0);
    case 'number':
      return num(v, lang, 2);
  }
}

/** "no data" in the language (the one spelling, src/i18n). */
export const noDataText = noData;
