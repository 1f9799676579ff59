import { z } from 'zod';
import { ReportNormFileSchema } from './analyst.ts';

/** A report type's time norm: business days a report of it takes (the ad-hoc deadline's basis). */
export const ReportNormSchema = z
  .object({
    type: z.string().meta({ example: 'cohort-study' }),
    name: z.string().meta({ example: 'Когортный анализ' }),
    days: z.number().meta({ example: 5 }),
  })
  .meta({ id: 'ReportNorm' });

/** GET /api/kpi/report-norms: every type's norm. */
export const ReportNormsSchema = z.array(ReportNormSchema);

/**
 * A norm to store; the type comes from the path, a missing name is the type. `days` above zero is
 * left to the service (the file schema's rule), whose refusal names the norm as the CLI's does.
 */
export const ReportNormBodySchema = ReportNormFileSchema.omit({ type: true })
  .extend({ days: z.number().meta({ description: 'business days, above zero' }) })
  .meta({ id: 'ReportNormInput' });

export const NormParams = z.object({
  type: z
    .string()
    .min(1)
    .meta({ param: { name: 'type', in: 'path' }, description: 'report type', example: 'cohort-study' }),
});

export type ReportNorm = z.output<typeof ReportNormSchema>;
export type ReportNormBody = z.input<typeof ReportNormBodySchema>;
