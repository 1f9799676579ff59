import { day, money, noDataText, num, periodName, type Lang } from './format.ts';
import type { FactSource, Label } from './types.ts';

/**
 * How a source sentence writes its figures and names. One sentence is written three times: for
 * `detail` (English words, raw figures and ISO periods — the stable JSON field) and for `text.ru` and
 * `text.en` (figures, money and dates in the locale, names instead of ids).
 */
export interface SourceWords {
  /** The language of the words; `detail` is written in English. */
  lang: Lang;
  /** True when writing `detail`, which keeps ids a person reads as names elsewhere on the line. */
  programs: boolean;
  /** Roubles with kopecks: 10 275,34 ₽ (detail: 10275.34). */
  money(v: number): string;
  /** A count or plain number: 1 375 (detail: 1375). */
  num(v: number): string;
  /** A period label: «4 квартал 2026», "Q4 2026" (detail: 2026-10..2026-12). */
  period(label: string): string;
  /** A day: 31.10.2026, 31 Oct 2026 (detail: 2026-10-31). */
  day(iso: string): string;
  /** Something known by an id — a KPI, a measure — by its name (detail: the id). */
  name(id: string, label: Label): string;
  /** "no data" in the language. */
  noData: string;
}

const DETAIL: SourceWords = {
  lang: 'en',
  programs: true,
  money: (v) => v.toFixed(2),
  num: (v) => String(v),
  period: (label) => label,
  day: (iso) => iso,
  name: (id) => id,
  noData: noDataText('en'),
};

/** The words of people reading `lang`. */
export function sourceWords(lang: Lang): SourceWords {
  return {
    lang,
    programs: false,
    money: (v) => money(v, lang, 2),
    num: (v) => num(v, lang, 2),
    period: (label) => periodName(label, lang),
    day: (iso) => day(iso, lang),
    name: (_id, label) => label[lang],
    noData: noDataText(lang),
  };
}

/** A fact source whose sentence `say` writes: `detail` for programs, `text` for people. */
export function factSource(kind: FactSource['kind'], say: (w: SourceWords) => string): FactSource {
  return { kind, detail: say(DETAIL), text: { ru: say(sourceWords('ru')), en: say(sourceWords('en')) } };
}

/** The channels a fact covers: «все каналы», «каналы: Сайт, Директ» / "all channels", "channels: …". */
export function channelScope(w: SourceWords, channels: readonly string[]): string {
  if (w.lang === 'ru') return channels.length > 0 ? `каналы: ${channels.join(', ')}` : 'все каналы';
  return channels.length > 0 ? `channels: ${channels.join(', ')}` : 'all channels';
}

/**
 * Sources Fulcrum writes itself when a fact is typed in without one (services, CLI, workbench):
 * a person reading Russian should not meet them in English. What a person typed stays as typed.
 */
const DEFAULT_SOURCES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^entered with the plan(?: \((.+)\))?$/, (m) => `вместе с планом${m[1] ? ` (${m[1]})` : ''}`],
  [/^(?:entered in the )?CLI$/, () => 'в командной строке'],
  [/^entered in the workbench$/, () => 'в веб-интерфейсе'],
  [/^quarter plan file (.+)$/, (m) => `файл квартального плана ${m[1]}`],
];

function typedIn(source: string, lang: Lang): string {
  if (lang === 'en') return source;
  for (const [re, ru] of DEFAULT_SOURCES) {
    const m = re.exec(source);
    if (m) return ru(m);
  }
  return source;
}

/** A fact typed in: where the person said it came from, and the day it was entered when known. */
export function manualSource(source: string, enteredAt?: string): FactSource {
  const when = enteredAt ? enteredAt.slice(0, 10) : '';
  const say = (lang: Lang): string =>
    when ? `${typedIn(source, lang)} (${day(when, lang)})` : typedIn(source, lang);
  return {
    kind: 'manual',
    detail: when ? `${source} (${when})` : source,
    text: { ru: say('ru'), en: say('en') },
  };
}

/** A source in the reader's language; a source without `text` (an older version's) reads its `detail`. */
export function sourceText(source: { detail: string; text?: Label }, lang: Lang): string {
  return source.text?.[lang] ?? source.detail;
}
