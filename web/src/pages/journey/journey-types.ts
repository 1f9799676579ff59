import type { z } from 'zod';
import type { JourneyResultSchema } from '../../../../src/contract/journey.ts';

/** GET /api/journey's answer, derived from the contract (one source per API shape). */
export type JourneyResult = z.output<typeof JourneyResultSchema>;
export type JourneyStage = JourneyResult['stages'][number];
