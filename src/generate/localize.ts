/**
 * A preset with its names in the sample's language. Only names change: every number, and so every
 * random draw, stays the same, so a Russian and an English sample of one seed differ in words only.
 */
import type { IndustryProfile } from './industries/profile.ts';
import { NAMES_RU } from './names-ru.ts';
import type { Lang } from '../i18n/locale.ts';

/** Languages a sample company's names can be written in. */
export type SampleLang = Lang;

/** The preset with channel, category, store, region and staff names in `lang`. */
export function localizeProfile(p: IndustryProfile, lang: SampleLang): IndustryProfile {
  if (lang === 'en') return p;
  const name = (id: string): string => {
    const ru = NAMES_RU[id];
    if (ru === undefined)
      throw new Error(`preset ${p.name}: no Russian name for "${id}" (src/generate/names-ru.ts)`);
    return ru;
  };
  return {
    ...p,
    channels: p.channels.map((c) => ({ ...c, id: name(c.id) })),
    // "own" is the client's own channel, not a name.
    repeatChannels: p.repeatChannels.map(([id, w]) => [id === 'own' ? id : name(id), w] as const),
    categories: p.categories.map((c) => ({ ...c, id: name(c.id) })),
    stores: p.stores.map((s) => ({
      ...s,
      id: name(s.id),
      region: name(s.region),
      managers: s.managers.map(([m, skill]) => [name(m), skill] as const),
    })),
  };
}

/**
 * The language a sample's names are written in: `--lang` when given, else the user's locale when
 * it is Russian, else English. (The interface defaults to Russian; data names do not: an
 * English-speaking tester with no locale set gets names they can read.)
 */
export function sampleLang(
  explicit: string | undefined,
  env: Record<string, string | undefined>,
): SampleLang {
  const pick = (v: string | undefined): SampleLang | null => {
    const l = (v ?? '').toLowerCase();
    return l.startsWith('ru') ? 'ru' : l.startsWith('en') ? 'en' : null;
  };
  if (explicit !== undefined) return pick(explicit) ?? 'en';
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const l = pick(env[name]);
    if (l) return l;
  }
  return 'en';
}
