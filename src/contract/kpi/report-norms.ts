import { z } from '@hono/zod-openapi';

/** A report type's time norm: business days a report of it takes (the ad-hoc deadline's basis). */
export const ReportNormSchema = z
  .object({
    type: z.string().openapi({ example: 'cohort-study' }),
    name: z.string().openapi({ example: 'Когортный анализ' }),
    days: z.number().openapi({ example: 5 }),
  })
  .openapi('ReportNorm');

/** A norm to store; the type comes from the path, a missing name is the type. */
export const ReportNormBodySchema = z
  .object({
    name: z.string().optional(),
    days: z.number().openapi({ description: 'business days, above zero' }),
  })
  .openapi('ReportNormInput');

export const NormParams = z.object({
  type: z
    .string()
    .min(1)
    .openapi({ param: { name: 'type', in: 'path' }, description: 'report type', example: 'cohort-study' }),
});
