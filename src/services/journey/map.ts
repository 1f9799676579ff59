import { journeyPreset, journeyProblems } from '../../core/journey/index.ts';
import type { z } from 'zod';
import { JourneyMapSchema, type JourneyMapAnswerSchema } from '../../contract/journey.ts';
import { issuesText, joined, UserError, type Bilingual } from '../../i18n/index.ts';
import { saveJourneyMap, storedJourneyMap } from '../../store/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The company's map and when it was saved; never saved: the B2C preset, `saved` null. */
export type JourneyMapAnswer = z.output<typeof JourneyMapAnswerSchema>;

/** The company's journey map (the B2C preset until one is saved). */
export function journeyMapOf(ws: Workspace): JourneyMapAnswer {
  const row = storedJourneyMap(ws.store);
  if (!row) return { map: JourneyMapSchema.parse(journeyPreset('b2c')), saved: null };
  // Stored only after the same checks, so a parse failure is a damaged store, not a user's error.
  const map = JourneyMapSchema.parse({ preset: row.preset, stages: JSON.parse(row.stages) as unknown });
  return { map, saved: { at: row.savedAt, by: row.savedBy } };
}

/**
 * Checks and saves a map a person edited (the workbench's form, a JSON file): its shape by the
 * contract, then the map's own rules (unique stage ids…); every problem is named, nothing is
 * saved unless all pass.
 */
export function saveJourneyMapOf(ws: Workspace, raw: unknown, savedBy: number | null): JourneyMapAnswer {
  const map = checkedJourneyMap(raw);
  saveJourneyMap(ws.store, { preset: map.preset, stages: JSON.stringify(map.stages), savedBy });
  return journeyMapOf(ws);
}

/** A map a person wrote, held to the contract's shape and the map's own rules; every problem named. */
export function checkedJourneyMap(raw: unknown): JourneyMapAnswer['map'] {
  const parsed = JourneyMapSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(issuesText(parsed.error, raw), 'map');
  const problems = journeyProblems(parsed.data);
  if (problems.length) {
    const where = (stage: number | null, text: Bilingual): Bilingual =>
      stage === null ? text : { ru: `этап ${stage}: ${text.ru}`, en: `stage ${stage}: ${text.en}` };
    throw new UserError(
      joined(
        problems.map((p) => where(p.stage, p.text)),
        '; ',
      ),
      'map',
    );
  }
  return parsed.data;
}
