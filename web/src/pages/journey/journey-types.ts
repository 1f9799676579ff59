import type { z } from 'zod';
import type { JourneyMapSchema, JourneyResultSchema } from '../../../../src/contract/journey.ts';

/** GET /api/journey's answer, derived from the contract (one source per API shape). */
export type JourneyResult = z.output<typeof JourneyResultSchema>;
export type JourneyStage = JourneyResult['stages'][number];
/** The company's map as GET/PUT /api/journey/map carry it. */
export type JourneyMap = z.output<typeof JourneyMapSchema>;
