import { z } from 'zod';
import { JOURNEY_LEVERS, JOURNEY_PRESETS, REACH_MEASURES } from '../core/journey/index.ts';
import { PeriodSchema } from './common.ts';

const Text = z.strictObject({ ru: z.string(), en: z.string() });

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

/** One stage of the map as the workbench draws it. */
export const JourneyStageSchema = z
  .strictObject({
    id: z.string(),
    name: Text,
    touchpoints: z.array(Text),
    channels: z.array(z.string()),
    owner: z.string().nullable(),
    levers: z.array(z.enum(JOURNEY_LEVERS)),
    difficulties: z.array(Text),
    reach: z.enum(REACH_MEASURES).nullable(),
    tactic: Text.optional().meta({ description: 'B2B: the sales tactic at this stage' }),
    people: z
      .strictObject({ deciders: Text, influencers: Text })
      .optional()
      .meta({ description: 'B2B: who decides (ЛПР) and who influences (ЛВР)' }),
    passage: StagePassageSchema,
    leverValues: z.partialRecord(z.enum(JOURNEY_LEVERS), z.number().nullable()).meta({
      description: 'the period’s value of each lever the stage feeds; null: no data',
    }),
  })
  .meta({ id: 'JourneyStage' });

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
        dimensionName: Text,
      })
      .nullable()
      .meta({ description: 'the key constraint’s lever and the stage it is made at' }),
    counts: z.partialRecord(z.enum(REACH_MEASURES), z.number().nullable()),
  })
  .meta({ id: 'JourneyResult' });

export const JourneyQuerySchema = z.object({
  preset: z.enum(JOURNEY_PRESETS).default('b2c').meta({ description: 'the map to start from' }),
  period: z.string().optional().meta({
    description: 'months: YYYY-MM..YYYY-MM (default: the last 12 complete)',
    example: '2024-01..2024-12',
  }),
});
