import { journeyPreset } from '../../core/journey/index.ts';
import type { z } from 'zod';
import type { JourneyMapAnswerSchema } from '../../contract/journey.ts';
import { storedJourneyMap } from '../../store/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The company's map and when it was saved; never saved: the B2C preset, `saved` null. */
export type JourneyMapAnswer = z.output<typeof JourneyMapAnswerSchema>;
type Map = JourneyMapAnswer['map'];

/**
 * The company's journey map (the B2C preset until one is saved). A map is stored only after
 * map-save.ts's checks, so it is read back as it was written: reading needs no schema checker,
 * which keeps zod out of `fulcrum journey`'s start-up (test/cli/compiled.test.ts).
 */
export function journeyMapOf(ws: Workspace): JourneyMapAnswer {
  const row = storedJourneyMap(ws.store);
  if (!row) return { map: structuredClone(journeyPreset('b2c')) as Map, saved: null };
  const map = { preset: row.preset, stages: JSON.parse(row.stages) as Map['stages'] } as Map;
  return { map, saved: { at: row.savedAt, by: row.savedBy } };
}
