import type { Maybe, Unit } from '../api/types.ts';

/** The product's languages and the Intl locale each one formats with. */
export type Lang = 'ru' | 'en';
export const LOCALES: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' };

/** Shown where a value is missing: "no data" must never look like zero. */
export const NO_VALUE = '—';

// Intl formatters are costly to build and the tables call them per cell.
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], opts);
    cache.set(key, f);
  }
  return f;
}

const ok = (v: Maybe | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Rubles with kopecks: ru-RU → «15 206,86 ₽». */
export function formatMoney(v: Maybe | undefined, lang: Lang, digits = 2): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** Short money for chart axes and tiles: «224 млн ₽». */
export function formatMoneyCompact(v: Maybe | undefined, lang: Lang): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(v);
}

/** A plain number; `digits` is the most fraction digits shown. */
export function formatNumber(v: Maybe | undefined, lang: Lang, digits = 2): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, { maximumFractionDigits: digits }).format(v);
}

/** A ratio (0.3555) as percent: «35,55 %». */
export function formatRatio(v: Maybe | undefined, lang: Lang, digits = 2): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, { style: 'percent', maximumFractionDigits: digits }).format(v);
}

/** A change already in percent points (20 = +20 %), always signed. */
export function formatChangePct(v: Maybe | undefined, lang: Lang, digits = 1): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    v / 100,
  );
}

/** Signed money for contributions: «+43 035 784,20 ₽». */
export function formatMoneyChange(v: Maybe | undefined, lang: Lang): string {
  if (!ok(v)) return NO_VALUE;
  return nf(lang, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(v);
}

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
export function formatDate(iso: string | null | undefined, lang: Lang, withTime = false): string {
  if (!iso) return NO_VALUE;
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(d);
}

/** A month `2025-11` as «нояб. 2025» / «Nov 2025». */
export function formatMonth(ym: string, lang: Lang): string {
  const d = new Date(ym + '-01T00:00:00Z');
  if (Number.isNaN(d.getTime())) return ym;
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    d,
  );
}

/** A period label `2024-11..2025-10` as «нояб. 2024 – окт. 2025». */
export function formatPeriod(label: string, lang: Lang): string {
  const [from, to] = label.split('..');
  if (!from || !to) return label;
  return `${formatMonth(from, lang)} – ${formatMonth(to, lang)}`;
}
