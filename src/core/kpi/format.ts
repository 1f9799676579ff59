import type { Maybe } from './types.ts';

/** Languages of explanations; core keeps its own words so it never imports the CLI's i18n. */
export type Lang = 'ru' | 'en';

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' };
const NO_DATA: Record<Lang, string> = { ru: 'нет данных', en: 'no data' };

/** Unit of a KPI value; shares read as percentages, money in roubles. */
export type KpiUnit = 'count' | 'ratio' | 'money' | 'number' | 'percent';

/** A plain number, up to `digits` decimals: 0,88. */
export const num = (v: number, lang: Lang, digits = 4): string =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(v);

/**
 * A ratio as percent written "88%", the way the methodology's sheets print it (Intl's percent style
 * would put a space before the sign in Russian).
 */
export const pct = (ratio: number, lang: Lang, digits = 1): string => `${num(ratio * 100, lang, digits)}%`;

/** Roubles: 12 936,00 ₽; a whole bonus base reads as 30 000 ₽. */
export function money(v: number, lang: Lang, digits?: number): string {
  const d = digits ?? (Number.isInteger(v) ? 0 : 2);
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'RUB',
    minimumFractionDigits: d,
    maximumFractionDigits: d,
  }).format(Math.abs(v) < 0.005 ? 0 : v);
}

/** A KPI value by its unit; null reads "no data". */
export function byUnit(v: Maybe, unit: KpiUnit, lang: Lang): string {
  if (v === null) return NO_DATA[lang];
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

export const noDataText = (lang: Lang): string => NO_DATA[lang];
