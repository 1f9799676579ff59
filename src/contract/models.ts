import { z } from '@hono/zod-openapi';
import { MAX_TREE_BYTES } from '../services/index.ts';

export const ModelEntrySchema = z
  .object({
    id: z.string(),
    source: z.enum(['preset', 'user']),
    tree: z.looseObject({ id: z.string(), label: z.object({ ru: z.string(), en: z.string() }) }),
  })
  .openapi('ModelEntry');

export const NewModelSchema = z
  .object({
    definition: z
      .string()
      .min(1)
      .max(MAX_TREE_BYTES)
      .openapi({ description: 'the tree as JSON or YAML text (docs/formula-trees.md)' }),
  })
  .openapi('NewModel');
