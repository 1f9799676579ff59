import { z } from 'zod';

const label = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const base = {
  id: z.string().min(1),
  label,
  unit: z.enum(['count', 'ratio', 'money', 'number', 'hours']),
  description: label.optional(),
};

const measureNode = z.object({ ...base, kind: z.literal('measure'), measure: z.string().min(1) });
const exprNode = z.object({
  ...base,
  kind: z.enum(['product', 'ratio', 'sum', 'difference']),
  of: z.array(z.string().min(1)),
});

const measureSpec = z.object({
  table: z.enum(['orders', 'leads', 'spend', 'costs']),
  agg: z.enum(['sum', 'count', 'count_distinct']),
  column: z.string().min(1).optional(),
  where: z.record(z.string(), z.string()).optional(),
  fallback: z.string().min(1).optional(),
});

/** The shape of a user's tree file; meaning (references, cycles) is checked by validateTree. */
export const treeSchema = z.object({
  id: z.string().min(1),
  label,
  revenue: z.string().min(1),
  profit: z.string().min(1).optional(),
  levers: z.array(z.string().min(1)),
  nodes: z.array(z.discriminatedUnion('kind', [measureNode, exprNode])).min(1),
  measures: z.record(z.string(), measureSpec).optional(),
});
