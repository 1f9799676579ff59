import { INTL_LOCALE, type Lang } from './locale.ts';
import type { Shown } from './format.ts';

/**
 * Dates and periods in the user's language, for every surface (the number formats' sister file).
 * Days are stored as UTC calendar days, so every format is in UTC.
 */

/** An ISO date or timestamp as a date (and time when given) in the locale: «31 окт. 2026 г.». */
export function date(iso: string | null | undefined, lang: Lang, shown: Shown, withTime = false): string {
  if (!iso) return shown.empty(lang);
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(d);
}

/** A day "2026-10-31" as people write it in a document: 31.10.2026, 31 Oct 2026. */
export function writtenDay(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    lang === 'ru'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  // en-GB: day before month, as the Russian reader of an English sheet expects.
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', opts).format(d);
}

/** A month `2025-11` as «нояб. 2025» / «Nov 2025». */
export function shortMonth(ym: string, lang: Lang): string {
  const d = new Date(ym + '-01T00:00:00Z');
  if (Number.isNaN(d.getTime())) return ym;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(d);
}

/** A period label `2024-11..2025-10` as «нояб. 2024 – окт. 2025». */
export function shortPeriod(label: string, lang: Lang): string {
  const [from, to] = label.split('..');
  if (!from || !to) return label;
  return `${shortMonth(from, lang)} – ${shortMonth(to, lang)}`;
}

const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

/** "2024-03" as «март 2024» / "March 2024"; anything else as given. */
function longMonth(ym: string, lang: Lang): string {
  const m = MONTH_LABEL.exec(ym);
  if (!m) return ym;
  // The month alone is nominative in Russian («март»); the year goes after it by hand.
  const name = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(
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
  if (from === to) return longMonth(from, lang);
  if (y1 === y2 && m1 === 1 && m2 === 12) return lang === 'ru' ? `${y1} год` : `${y1}`;
  if (y1 === y2 && m2 - m1 === 2 && m1 % 3 === 1) {
    const q = (m1 + 2) / 3;
    return lang === 'ru' ? `${q} квартал ${y1}` : `Q${q} ${y1}`;
  }
  return `${longMonth(from, lang)} – ${longMonth(to, lang)}`;
}
