import { INTL_LOCALE, type Lang } from './locale.ts';

/**
 * The one family of number formats for every surface (terminal, files, workbench): Intl in the
 * user's locale, built once per locale and options. Surfaces differ only in a `Shown` style —
 * what stands for a missing value and how the rouble is written — never in their own formatters.
 */

/**
 * One Intl.NumberFormat per locale and style, reused: building one costs far more than formatting
 * with it, and a formula table formats hundreds of numbers (~100 ms a command when built per call).
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], options)));
  return f;
}

const NO_DATA: Record<Lang, string> = { ru: 'нет данных', en: 'no data' };

/** "no data" in the language — the one spelling; shown wherever a value is null, never a 0. */
export const noData = (lang: Lang): string => NO_DATA[lang];

/** What a table cell or a tile shows for a missing value; its legend says it means "no data". */
export const NO_VALUE = '—';

/**
 * How a surface shows values: `empty` stands for a missing one (prose and the terminal write "no
 * data", the workbench's cells «—»), `currency` is Intl's currencyDisplay (the workbench writes
 * ₽ in English too, the terminal and files RUB).
 */
export interface Shown {
  readonly empty: (lang: Lang) => string;
  readonly currency: 'symbol' | 'narrowSymbol';
}

/** The terminal and the export files: "нет данных", "RUB 1,234.00" in English. */
export const IN_TEXT: Shown = { empty: noData, currency: 'symbol' };

/** The workbench: «—» in cells and tiles, ₽ in both languages. */
export const ON_SCREEN: Shown = { empty: () => NO_VALUE, currency: 'narrowSymbol' };

const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** What `money` may add: signed for a change, compact for axes and tiles (224 млн ₽). */
export interface MoneyOptions {
  readonly digits?: number;
  readonly signed?: boolean;
  readonly compact?: boolean;
}

/** Roubles: 15 206,86 ₽; a gain that rounds to nothing prints as 0, not "-0". */
export function money(v: number | null | undefined, lang: Lang, shown: Shown, o: MoneyOptions = {}): string {
  if (!ok(v)) return shown.empty(lang);
  const digits = o.digits ?? 2;
  const base = { style: 'currency', currency: 'RUB', currencyDisplay: shown.currency } as const;
  if (o.compact)
    return numberFormat(lang, { ...base, notation: 'compact', maximumFractionDigits: 1 }).format(v);
  return numberFormat(lang, {
    ...base,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(o.signed ? { signDisplay: 'exceptZero' } : {}),
  }).format(Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v);
}

/** A plain number with up to `digits` decimals. */
export function number(v: number | null | undefined, lang: Lang, shown: Shown, digits = 2): string {
  if (!ok(v)) return shown.empty(lang);
  return numberFormat(lang, { maximumFractionDigits: digits }).format(v);
}

/** What `percent` may add: a fixed number of decimals (36,20 %), a sign for a change (+20 %). */
export interface PercentOptions {
  readonly digits?: number;
  readonly fixed?: boolean;
  readonly signed?: boolean;
}

/** A ratio (0.3555) as percent in the locale: «35,55 %», "35.55%". */
export function percent(
  ratio: number | null | undefined,
  lang: Lang,
  shown: Shown,
  o: PercentOptions = {},
): string {
  if (!ok(ratio)) return shown.empty(lang);
  const digits = o.digits ?? 2;
  return numberFormat(lang, {
    style: 'percent',
    ...(o.fixed ? { minimumFractionDigits: digits } : {}),
    maximumFractionDigits: digits,
    ...(o.signed ? { signDisplay: 'exceptZero' } : {}),
  }).format(ratio);
}

/** A value's unit, as formula nodes and measures have it. */
export type NumberUnit = 'count' | 'ratio' | 'money' | 'number' | 'hours';

// The terminal's and the files' names, kept: every CLI renderer and export calls these.

/** Money in roubles with kopecks: 15 206,86 ₽. */
export const formatMoney = (v: number | null, lang: Lang, digits = 2): string =>
  money(v, lang, IN_TEXT, { digits });

/** A plain number with up to `digits` decimals. */
export const formatNumber = (v: number | null, lang: Lang, digits = 2): string =>
  number(v, lang, IN_TEXT, digits);

/** A percentage given in percent points (20 → "+20,0 %"), signed when asked. */
export const formatPct = (v: number | null, lang: Lang, signed = true, digits = 1): string =>
  percent(v === null ? null : v / 100, lang, IN_TEXT, { digits, fixed: true, signed });

/** Formats a node value by its unit. */
export function formatByUnit(v: number | null, unit: NumberUnit, lang: Lang): string {
  switch (unit) {
    case 'money':
      return formatMoney(v, lang);
    case 'ratio':
      // Conversion and margin rate read as percentages: 36,29 %.
      return percent(v, lang, IN_TEXT, { digits: 2, fixed: true });
    case 'count':
      return formatNumber(v, lang, 0);
    case 'number':
    case 'hours':
      return formatNumber(v, lang, 2);
  }
}
