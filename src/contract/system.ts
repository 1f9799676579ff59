import { z } from 'zod';
import { FormulaTreeSchema } from './common.ts';

/** GET /api/health: up, and which build. */
export const HealthSchema = z.object({ ok: z.literal(true), version: z.string() });

/** GET /api/meta: what the workbench needs to draw its controls. */
export const MetaSchema = z
  .object({
    models: z.array(
      z.object({
        id: z.string(),
        label: z.object({ ru: z.string(), en: z.string() }),
        source: z.enum(['preset', 'user']),
        tree: FormulaTreeSchema,
      }),
    ),
    dimensions: z.array(z.string()),
    range: z.object({ first: z.string(), last: z.string() }).nullable(),
    defaults: z.object({ period: z.string(), compare: z.string() }).nullable(),
  })
  .meta({ id: 'Meta' });
