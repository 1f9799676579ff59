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

/** A day "2026-10-31" as people write it: 31.10.2026, 31 Oct 2026. */
export function day(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    lang === 'ru'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', opts).format(d);
}

const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

/** "2024-03" as «март 2024» / "March 2024"; anything else as given. */
function monthName(ym: string, lang: Lang): string {
  const m = MONTH_LABEL.exec(ym);
  if (!m) return ym;
  // The month alone is nominative in Russian («март»); the year goes after it by hand.
  const name = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${ym}-01T00:00:00Z`),
  );
  return `${name} ${m[1]}`;
}

/**
 * A period label as people say it: a quarter «4 квартал 2026» / "Q4 2026", a year «2024 год» /
 * "2024", a month «март 2024» / "March 2024", other months «январь 2024 – май 2024».
 */
export function periodName(label: string, lang: Lang): string {
  const [from = '', to = from] = label.split('..');
  const a = MONTH_LABEL.exec(from);
  const b = MONTH_LABEL.exec(to);
  if (!a || !b) return label;
  const [y1, m1, y2, m2] = [Number(a[1]), Number(a[2]), Number(b[1]), Number(b[2])];
  if (from === to) return monthName(from, lang);
  if (y1 === y2 && m1 === 1 && m2 === 12) return lang === 'ru' ? `${y1} год` : `${y1}`;
  if (y1 === y2 && m2 - m1 === 2 && m1 % 3 === 1) {
    const q = (m1 + 2) / 3;
    return lang === 'ru' ? `${q} квартал ${y1}` : `Q${q} ${y1}`;
  }
  return `${monthName(from, lang)} – ${monthName(to, lang)}`;
}
