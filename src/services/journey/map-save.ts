import { journeyProblems } from '../../core/journey/index.ts';
import { JourneyMapSchema } from '../../contract/journey.ts';
import { issuesText, joined, UserError, type Bilingual } from '../../i18n/index.ts';
import { saveJourneyMap } from '../../store/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { journeyMapOf, type JourneyMapAnswer } from './map.ts';

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
