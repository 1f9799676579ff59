import type { Bilingual } from '../../i18n/index.ts';
import { JOURNEY_LEVERS, REACH_MEASURES, type JourneyMap } from './stage.ts';

/** Limits of a map a person edits: enough for any real journey, small enough to draw on a wall. */
export const JOURNEY_LIMITS = {
  stages: 12,
  touchpoints: 20,
  difficulties: 20,
  text: 200,
  channels: 50,
} as const;

/** A stage id: it travels in URLs, feedback forms and cases. */
export const STAGE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** One thing wrong with a map, in both languages, naming the stage (1-based) where it is. */
export interface JourneyProblem {
  stage: number | null;
  text: Bilingual;
}

const both = (b: Bilingual) => [b.ru, b.en];
const tooLong = (b: Bilingual) => both(b).some((s) => s.length > JOURNEY_LIMITS.text);
const blank = (b: Bilingual) => both(b).some((s) => s.trim() === '');

/** Every problem of a map a person edited; an empty list means it can be saved. */
export function journeyProblems(map: JourneyMap): JourneyProblem[] {
  const out: JourneyProblem[] = [];
  const add = (stage: number | null, ru: string, en: string) => out.push({ stage, text: { ru, en } });
  if (map.stages.length === 0) add(null, 'На карте нет ни одного этапа.', 'The map has no stages.');
  if (map.stages.length > JOURNEY_LIMITS.stages)
    add(null, `Этапов больше ${JOURNEY_LIMITS.stages}.`, `More than ${JOURNEY_LIMITS.stages} stages.`);
  const seen = new Set<string>();
  map.stages.forEach((s, i) => {
    const n = i + 1;
    if (!STAGE_ID.test(s.id))
      add(
        n,
        `Код этапа «${s.id}»: латиница, цифры и дефис, до 40 знаков.`,
        `Stage id “${s.id}”: latin letters, digits and dashes, up to 40.`,
      );
    if (seen.has(s.id)) add(n, `Код этапа «${s.id}» повторяется.`, `Stage id “${s.id}” is used twice.`);
    seen.add(s.id);
    if (blank(s.name)) add(n, 'У этапа нет названия.', 'The stage has no name.');
    const texts = [s.name, ...s.touchpoints, ...s.difficulties, ...(s.tactic ? [s.tactic] : [])];
    if (texts.some(tooLong))
      add(
        n,
        `Текст длиннее ${JOURNEY_LIMITS.text} знаков.`,
        `A text is longer than ${JOURNEY_LIMITS.text} characters.`,
      );
    if (
      s.touchpoints.length > JOURNEY_LIMITS.touchpoints ||
      s.difficulties.length > JOURNEY_LIMITS.difficulties
    )
      add(n, 'Слишком много точек контакта или трудностей.', 'Too many touchpoints or difficulties.');
    if (s.channels.length > JOURNEY_LIMITS.channels) add(n, 'Слишком много каналов.', 'Too many channels.');
    for (const l of s.levers)
      if (!(JOURNEY_LEVERS as readonly string[]).includes(l))
        add(n, `Неизвестный рычаг «${l}».`, `Unknown lever “${l}”.`);
    if (s.reach !== null && !(REACH_MEASURES as readonly string[]).includes(s.reach))
      add(n, `Неизвестный способ счёта «${s.reach}».`, `Unknown reach measure “${s.reach}”.`);
  });
  return out;
}
