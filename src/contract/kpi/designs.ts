import { z } from 'zod';
import { ModelIdSchema } from '../common.ts';
import { Label, maybe } from './parts.ts';

/** A position of the designer: a KPI list (equal shares) or KPI → weight, weights summing to 1. */
const PositionSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(120).optional(),
    kpis: z
      .union([z.array(z.string()).min(1), z.record(z.string(), z.number().nonnegative())])
      .meta({ description: 'KPI ids (equal shares) or KPI id → share of the bonus; shares sum to 1' }),
    bonus: z.number().nonnegative().optional().meta({ description: 'bonus base, roubles' }),
  })
  .meta({ id: 'KpiDesignPosition' });

export const DesignParams = z.object({
  model: ModelIdSchema.meta({ param: { name: 'model', in: 'path' } }),
});

/** PUT body: the whole design of one tree; it replaces the saved one. */
export const SavedDesignBodySchema = z
  .object({ positions: z.array(PositionSchema).min(1).max(50) })
  .meta({ id: 'KpiDesignSave' });

/**
 * A position of a positions file (`fulcrum kpi design --positions FILE`) and of POST
 * /api/kpi/design: looser than a saved design's (no length limits); the service checks the weights.
 */
export const PositionInputSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  kpis: z.union([z.array(z.string()).min(1), z.record(z.string(), z.number())]),
  bonus: z.number().nonnegative().optional(),
});

/** POST /api/kpi/design: a tree and positions, checked as a positions file is. */
export const DesignBodySchema = z
  .object({
    model: ModelIdSchema.default('lcpudq'),
    positions: z
      .array(PositionInputSchema)
      .min(1)
      .meta({ description: 'positions with their KPI list or KPI → weight map' }),
  })
  .meta({ id: 'KpiDesignRequest' });

/** Step 1: a KPI of the table (a node of the tree), its value and the factors behind it. */
const KpiRowSchema = z
  .object({
    kpi: z.string(),
    name: Label,
    unit: z.enum(['count', 'ratio', 'money', 'number', 'hours']),
    value: maybe,
    factors: z.array(z.string()).meta({ description: 'child nodes, or the measure a leaf reads' }),
    factorNames: z.array(Label),
    measures: z.array(z.string()).meta({ description: 'step 5: the measures that collect the fact' }),
    measureNames: z.array(Label),
  })
  .meta({ id: 'KpiDesignRow' });

/** Steps 3–4: a position's KPIs with their shares, and amounts when the position has a bonus. */
const PositionKpisSchema = z
  .object({
    position: z.string(),
    name: z.string(),
    kpis: z.array(
      z.object({
        kpi: z.string(),
        name: Label,
        share: z.number(),
        factors: z.array(z.string()),
        factorNames: z.array(Label),
        amount: z.number().optional().meta({ description: 'roubles, when the position has a bonus' }),
      }),
    ),
  })
  .meta({ id: 'KpiDesignPositionKpis' });

/** The five steps: KPI table, KPI × position matrix, per-position lists and bonus shares. */
export const DesignSchema = z
  .object({
    model: z.string(),
    table: z.array(KpiRowSchema),
    matrix: z
      .object({
        positions: z.array(z.string()),
        rows: z.array(z.object({ kpi: z.string(), decisive: z.array(z.boolean()) })),
      })
      .meta({ description: 'step 2: KPI × position, true where the KPI is decisive for the position' }),
    byPosition: z.array(PositionKpisSchema),
  })
  .meta({ id: 'KpiDesign' });

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
    design: DesignSchema,
  })
  .meta({ id: 'KpiSavedDesign' });

export type KpiDesign = z.output<typeof DesignSchema>;
export type SavedDesign = z.output<typeof SavedDesignSchema>;
export type SavedDesignBody = z.input<typeof SavedDesignBodySchema>;
