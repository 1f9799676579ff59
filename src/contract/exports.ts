import { z } from 'zod';

/** Every analysis the workbench and the API export, by the name GET /api/export/{analysis} takes. */
export const EXPORT_ANALYSES = [
  'formula',
  'compare',
  'levers',
  'constraint',
  'cohorts',
  'channels',
  'funnel',
  'migration',
  'clv',
] as const;
export type ExportAnalysis = (typeof EXPORT_ANALYSES)[number];

/** The path of GET /api/export/{analysis}. */
export const ExportParamsSchema = z.object({
  analysis: z
    .enum(EXPORT_ANALYSES)
    .meta({ param: { name: 'analysis', in: 'path' }, description: 'which analysis' }),
});
