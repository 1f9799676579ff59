import type { Maybe, Unit } from '../api/types.ts';
import { money, number, NO_VALUE, ON_SCREEN, percent } from '../../../src/i18n/format.ts';
import { date, shortMonth, shortPeriod } from '../../../src/i18n/format-dates.ts';
import { INTL_LOCALE, type Lang } from '../../../src/i18n/locale.ts';

/**
 * The workbench's formats: the one family of src/i18n shown the screen's way (ON_SCREEN) — «—»
 * in a cell or a tile where a value is missing, ₽ in both languages. Pages import these names.
 */
export { NO_VALUE, type Lang };

/** The Intl locale each language formats with (lists, inputs). */
export const LOCALES = INTL_LOCALE;

/** Rubles with kopecks: ru-RU → «15 206,86 ₽». */
export const formatMoney = (v: Maybe | undefined, lang: Lang, digits = 2): string =>
  money(v, lang, ON_SCREEN, { digits });

/** Short money for chart axes and tiles: «224 млн ₽». */
export const formatMoneyCompact = (v: Maybe | undefined, lang: Lang): string =>
  money(v, lang, ON_SCREEN, { compact: true });

/** A plain number; `digits` is the most fraction digits shown. */
export const formatNumber = (v: Maybe | undefined, lang: Lang, digits = 2): string =>
  number(v, lang, ON_SCREEN, digits);

/** A ratio (0.3555) as percent: «35,55 %». */
export const formatRatio = (v: Maybe | undefined, lang: Lang, digits = 2): string =>
  percent(v, lang, ON_SCREEN, { digits });

/** A change already in percent points (20 = +20 %), always signed. */
export const formatChangePct = (v: Maybe | undefined, lang: Lang, digits = 1): string =>
  percent(typeof v === 'number' ? v / 100 : v, lang, ON_SCREEN, { digits, signed: true });

/** Signed money for contributions: «+43 035 784,20 ₽». */
export const formatMoneyChange = (v: Maybe | undefined, lang: Lang): string =>
  money(v, lang, ON_SCREEN, { signed: true });

/** A node's value by its unit: money in rubles, ratios as percent, counts whole. */
export function formatByUnit(v: Maybe | undefined, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'money':
      return formatMoney(v, lang);
    case 'ratio':
      return formatRatio(v, lang);
    case 'count':
      return formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
    case 'hours':
    case 'number':
      return formatNumber(v, lang, 2);
  }
}

/** An ISO date or timestamp as a date (and time when given) in the locale, in UTC as stored. */
export const formatDate = (iso: string | null | undefined, lang: Lang, withTime = false): string =>
  date(iso, lang, ON_SCREEN, withTime);

/** A month `2025-11` as «нояб. 2025» / «Nov 2025». */
export const formatMonth = shortMonth;

/** A period label `2024-11..2025-10` as «нояб. 2024 – окт. 2025». */
export const formatPeriod = shortPeriod;
