import { z } from 'zod';
import {
  JOURNEY_LEVERS,
  JOURNEY_LIMITS,
  JOURNEY_PRESETS,
  REACH_MEASURES,
  STAGE_ID,
} from '../core/journey/index.ts';
import { PeriodSchema } from './common.ts';

/** Who reached a stage and the share that went on (core/journey/drop-off.ts). */
export const StagePassageSchema = z
  .strictObject({
    stageId: z.string(),
    reached: z
      .number()
      .nullable()
      .meta({ description: 'clients who reached the stage; null: the data cannot say' }),
    kept: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'share of them reaching the next stage with data' }),
    lost: z.number().min(0).max(1).nullable(),
    note: z.enum(['not_nested']).nullable().meta({ description: 'why no share although both counts exist' }),
  })
  .meta({ id: 'StagePassage' });

const L = JOURNEY_LIMITS;
const Line = z.string().trim().min(1).max(L.text);
const Words = z.strictObject({ ru: Line, en: Line });

/** A stage as a company defines it (core/journey/stage.ts); limits from core/journey/check.ts. */
export const JourneyStageDefinitionSchema = z
  .strictObject({
    id: z.string().regex(STAGE_ID).meta({ description: 'stable id: latin letters, digits, dashes' }),
    name: Words,
    touchpoints: z.array(Words).max(L.touchpoints),
    channels: z.array(z.string().trim().min(1).max(L.text)).max(L.channels),
    owner: z
      .string()
      .trim()
      .min(1)
      .max(L.text)
      .nullable()
      .meta({ description: 'the position owning the stage' }),
    levers: z.array(z.enum(JOURNEY_LEVERS)).max(JOURNEY_LEVERS.length),
    difficulties: z.array(Words).max(L.difficulties),
    reach: z.enum(REACH_MEASURES).nullable().meta({ description: 'what counts the clients who reached it' }),
    tactic: Words.optional().meta({ description: 'B2B: the sales tactic at this stage' }),
    people: z
      .strictObject({ deciders: Words, influencers: Words })
      .optional()
      .meta({ description: 'B2B: who decides (ЛПР) and who influences (ЛВР)' }),
  })
  .meta({ id: 'JourneyStageDefinition' });

/** The company's journey map: GET and PUT /api/journey/map. */
export const JourneyMapSchema = z
  .strictObject({
    preset: z.enum(JOURNEY_PRESETS),
    stages: z.array(JourneyStageDefinitionSchema).min(1).max(L.stages),
  })
  .meta({ id: 'JourneyMap' });

/** The company's map with when it was saved (null: never; the B2C preset stands in). */
export const JourneyMapAnswerSchema = z
  .strictObject({
    map: JourneyMapSchema,
    saved: z.strictObject({ at: z.string(), by: z.number().int().nullable() }).nullable(),
  })
  .meta({ id: 'JourneyMapAnswer' });

/** One stage of the map as the workbench draws it. */
export const JourneyStageSchema = JourneyStageDefinitionSchema.extend({
  passage: StagePassageSchema,
  leverValues: z.partialRecord(z.enum(JOURNEY_LEVERS), z.number().nullable()).meta({
    description: 'the period’s value of each lever the stage feeds; null: no data',
  }),
}).meta({ id: 'JourneyStage' });

/** GET /api/journey: the customer journey map of a period. */
export const JourneyResultSchema = z
  .strictObject({
    preset: z.enum(JOURNEY_PRESETS),
    period: PeriodSchema,
    stages: z.array(JourneyStageSchema),
    narrowest: z
      .string()
      .nullable()
      .meta({ description: 'the stage losing the largest share of its clients' }),
    constraint: z
      .strictObject({
        lever: z.enum(JOURNEY_LEVERS),
        stageId: z.string(),
        position: z.number().int().min(1),
        lost: z.number().nullable(),
        dimension: z.string(),
        dimensionName: z.strictObject({ ru: z.string(), en: z.string() }),
      })
      .nullable()
      .meta({ description: 'the key constraint’s lever and the stage it is made at' }),
    counts: z.partialRecord(z.enum(REACH_MEASURES), z.number().nullable()),
  })
  .meta({ id: 'JourneyResult' });

export const JourneyQuerySchema = z.object({
  preset: z
    .enum(JOURNEY_PRESETS)
    .optional()
    .meta({ description: 'draw a preset instead of the company’s map (default: the company’s)' }),
  period: z.string().optional().meta({
    description: 'months: YYYY-MM..YYYY-MM (default: the last 12 complete)',
    example: '2024-01..2024-12',
  }),
});
