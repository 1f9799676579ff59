import type { Lang } from '../../format/format.ts';
import type { JourneyMap } from './journey-types.ts';

type StageDefinition = JourneyMap['stages'][number];
type Words = StageDefinition['name'];
export type Lever = StageDefinition['levers'][number];

/** The levers a stage can feed, in the formula's order (core/journey/stage.ts). */
export const LEVERS: readonly Lever[] = ['L', 'C', 'Pu', 'D', 'Q', 'M', 'P'];

/** One stage as its editor holds it: names in both languages, lists as one line per item. */
export interface StageDraft {
  /** The stage as loaded (null: added in the editor); its texts keep the other language. */
  original: StageDefinition | null;
  id: string;
  nameRu: string;
  nameEn: string;
  owner: string;
  levers: Lever[];
  touchpoints: string;
  difficulties: string;
}

const lines = (items: readonly Words[], lang: Lang) => items.map((w) => w[lang]).join('\n');

/** A map's stages as editor drafts, lists in the reader's language. */
export function toDrafts(map: JourneyMap, lang: Lang): StageDraft[] {
  return map.stages.map((s) => ({
    original: s,
    id: s.id,
    nameRu: s.name.ru,
    nameEn: s.name.en,
    owner: s.owner ?? '',
    levers: [...s.levers],
    touchpoints: lines(s.touchpoints, lang),
    difficulties: lines(s.difficulties, lang),
  }));
}

/**
 * Lines typed in one language back into bilingual items: a line equal to an item it had keeps that
 * item's other language; a new line is the same text in both until someone translates it.
 */
function toWords(text: string, before: readonly Words[], lang: Lang): Words[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => before.find((w) => w[lang] === l) ?? { ru: l, en: l });
}

/** The drafts as the map PUT /api/journey/map stores; the server checks it and names any problem. */
export function fromDrafts(
  drafts: readonly StageDraft[],
  preset: JourneyMap['preset'],
  lang: Lang,
): JourneyMap {
  return {
    preset,
    stages: drafts.map((d) => {
      const o = d.original;
      const stage: StageDefinition = {
        id: d.id,
        name: { ru: d.nameRu.trim(), en: d.nameEn.trim() },
        touchpoints: toWords(d.touchpoints, o?.touchpoints ?? [], lang),
        channels: o?.channels ?? [],
        owner: d.owner.trim() === '' ? null : d.owner.trim(),
        levers: LEVERS.filter((l) => d.levers.includes(l)),
        difficulties: toWords(d.difficulties, o?.difficulties ?? [], lang),
        reach: o?.reach ?? null,
      };
      if (o?.tactic) stage.tactic = o.tactic;
      if (o?.people) stage.people = o.people;
      return stage;
    }),
  };
}

/** A new, empty stage with an id not yet on the map. */
export function newStage(drafts: readonly StageDraft[]): StageDraft {
  let n = drafts.length + 1;
  while (drafts.some((d) => d.id === `stage-${n}`)) n++;
  return {
    original: null,
    id: `stage-${n}`,
    nameRu: '',
    nameEn: '',
    owner: '',
    levers: [],
    touchpoints: '',
    difficulties: '',
  };
}

/** The drafts with the stage at `i` moved by `by` places (kept in bounds). */
export function moved<T>(list: readonly T[], i: number, by: number): T[] {
  const j = Math.max(0, Math.min(list.length - 1, i + by));
  const out = [...list];
  const [x] = out.splice(i, 1);
  out.splice(j, 0, x!);
  return out;
}
