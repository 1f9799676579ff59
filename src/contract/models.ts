import { z } from 'zod';
import { MAX_TREE_BYTES } from '../core/formula/index.ts';
import { FormulaTreeSchema } from './common.ts';

export const ModelEntrySchema = z
  .object({
    id: z.string(),
    source: z.enum(['preset', 'user']),
    tree: FormulaTreeSchema,
  })
  .meta({ id: 'ModelEntry' });

export const NewModelSchema = z
  .object({
    definition: z
      .string()
      .min(1)
      .max(MAX_TREE_BYTES)
      .meta({ description: 'the tree as JSON or YAML text (docs/formula-trees.md)' }),
  })
  .meta({ id: 'NewModel' });

/** GET /api/models: presets first, then stored trees by id. */
export const ModelEntriesSchema = z.array(ModelEntrySchema);
