import { z } from '@hono/zod-openapi';
import { ModelIdSchema } from '../common.ts';

const Label = z.object({ ru: z.string(), en: z.string() });

/** A position of the designer: a KPI list (equal shares) or KPI → weight, weights summing to 1. */
const PositionSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(120).optional(),
    kpis: z
      .union([z.array(z.string()).min(1), z.record(z.string(), z.number().nonnegative())])
      .openapi({ description: 'KPI ids (equal shares) or KPI id → share of the bonus; shares sum to 1' }),
    bonus: z.number().nonnegative().optional().openapi({ description: 'bonus base, roubles' }),
  })
  .openapi('KpiDesignPosition');

export const DesignParams = z.object({
  model: ModelIdSchema.openapi({ param: { name: 'model', in: 'path' } }),
});

/** PUT body: the whole design of one tree; it replaces the saved one. */
export const SavedDesignBodySchema = z
  .object({ positions: z.array(PositionSchema).min(1).max(50) })
  .openapi('KpiDesignSave');

/** The saved design (null when none) and the five steps computed from it. */
export const SavedDesignSchema = z
  .object({
    model: z.string(),
    saved: z
      .object({
        positions: z.array(PositionSchema.extend({ name: z.string() })),
        updatedAt: z.string(),
        updatedBy: z.number().nullable(),
      })
      .nullable(),
    design: z.looseObject({
      model: z.string(),
      table: z.array(
        z.looseObject({
          kpi: z.string(),
          name: Label,
          factors: z.array(z.string()),
          factorNames: z.array(Label),
        }),
      ),
      byPosition: z.array(z.looseObject({ position: z.string(), name: z.string() })),
    }),
  })
  .openapi('KpiSavedDesign');
