import { z } from '@hono/zod-openapi';
import { dateQuery } from './common.ts';

// Result schemas name the fields the workbench relies on and let the rest through: the bodies are
// the services' result objects, the same as the CLI's --json (docs/customers.md lists every field).

const maybe = z.number().nullable();

/** A positive whole number in a query string. */
const whole = (description: string, max: number) =>
  z.coerce.number().int().min(1).max(max).optional().openapi({ description, type: 'integer' });

/** The RFM inputs shared by the summary, the list and the segments (the CLI's `rfm` flags). */
export const RfmQuery = {
  asof: dateQuery('asof', 'as-of date (default: the last order date)'),
  bins: z
    .enum(['quantile', 'r-rfm', 'norms'])
    .default('quantile')
    .openapi({ description: 'scoring strategy (custom breaks are a CLI feature)' }),
  n: whole('bins per axis (default 5)', 10),
  window: whole('days counted by frequency and monetary (default: all history; norms: 365)', 36_500),
};

export const segmentParam = z
  .string()
  .min(1)
  .openapi({ description: 'segment id or its Russian/English name, e.g. At risk', example: 'At risk' });

/** The purchase model behind P(alive) and expected purchases (the CLI's `--model`). */
export const purchaseModelParam = z
  .enum(['bgnbd', 'pareto-nbd'])
  .default('bgnbd')
  .openapi({ description: 'purchase model: BG/NBD (default) or Pareto/NBD' });

/** `clv=1`: fit a purchase model + Gamma-Gamma up to the as-of date and value every listed customer. */
export const ListClvQuery = {
  clv: z.enum(['1', '0', 'true', 'false']).optional().openapi({ description: '1: P(alive) and CLV' }),
  model: purchaseModelParam,
  unit: z.enum(['day', 'week', 'month']).default('week'),
  horizon: z.coerce.number().positive().optional().openapi({ description: 'CLV horizon in units' }),
  margin: z.coerce.number().optional().openapi({ description: 'share of revenue kept, 0–1 (default 1)' }),
  discount: z.coerce.number().optional().openapi({ description: 'discount rate per unit (default 0)' }),
};

export const listLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(10_000)
  .default(200)
  .openapi({ description: 'customers returned (the export has them all)', type: 'integer' });

export const exportFormatParam = z.enum(['csv', 'xlsx']).default('xlsx');

export const RfmGridSchema = z
  .looseObject({
    asOf: z.string(),
    binning: z.string(),
    bins: z.number(),
    boundaries: z.object({ r: z.array(z.number()), f: z.array(z.number()), m: z.array(z.number()) }),
    customers: z.number(),
    revenue: z.number(),
    segments: z.array(
      z.looseObject({ segment: z.string(), name: z.string(), tactic: z.string(), customers: z.number() }),
    ),
    grid: z.array(
      z.object({
        r: z.number(),
        f: z.number(),
        customers: z.number(),
        revenue: z.number(),
        segment: z.string().nullable(),
      }),
    ),
  })
  .openapi('RfmGrid');

export const CustomerListSchema = z
  .looseObject({
    asOf: z.string(),
    contactColumns: z.array(z.string()),
    clv: z.looseObject({}).nullable(),
    /** Customers in the list (the segment's size); `customers` holds at most `limit` of them. */
    total: z.number(),
    customers: z.array(
      z.looseObject({
        customer_id: z.string(),
        segment: z.string(),
        score: z.string(),
        contacts: z.record(z.string(), z.string().nullable()),
      }),
    ),
  })
  .openapi('CustomerList');

export const SegmentsResultSchema = z
  .looseObject({
    asOf: z.string(),
    customers: z.number(),
    segments: z.array(z.looseObject({ segment: z.string(), name: z.string(), customers: z.number() })),
    migration: z
      .looseObject({
        from: z.string(),
        to: z.string(),
        columns: z.array(z.string()),
        rows: z.array(
          z.looseObject({ from: z.string(), customers: z.array(z.number()), revenue: z.array(z.number()) }),
        ),
      })
      .nullable(),
  })
  .openapi('SegmentsResult');

const FitShape = {
  params: z.record(z.string(), z.number()),
  standardErrors: z.record(z.string(), maybe),
  logLikelihood: z.number(),
  convergence: z.enum(['converged', 'max-iterations', 'failed']),
};

export const ClvFitSchema = z
  .looseObject({
    model: z.enum(['bgnbd', 'gg', 'pareto-nbd']),
    unit: z.string(),
    calibrationEnd: z.string(),
    ...FitShape,
  })
  .openapi('ClvFit');

export const ClvValidationSchema = z
  .looseObject({
    calibrationEnd: z.string(),
    holdoutEnd: z.string(),
    unit: z.string(),
    holdoutLength: z.number(),
    model: z.enum(['bgnbd', 'pareto-nbd']),
    purchase: z.looseObject(FitShape),
    bgnbd: z.looseObject(FitShape).optional(),
    validation: z.object({
      groups: z.array(
        z.object({
          x: z.number(),
          atLeast: z.boolean(),
          customers: z.number(),
          actual: z.number(),
          predicted: z.number(),
          actualMean: z.number(),
          predictedMean: z.number(),
        }),
      ),
      total: z.object({ customers: z.number(), actual: z.number(), predicted: z.number() }),
    }),
  })
  .openapi('ClvValidation');

export const CohortsResultSchema = z
  .looseObject({
    asOf: z.string(),
    by: z.string(),
    months: z.number(),
    cohorts: z.array(
      z.looseObject({
        cohort: z.string().nullable(),
        customers: z.number(),
        months: z.array(z.looseObject({})),
      }),
    ),
    total: z.looseObject({}),
  })
  .openapi('CohortsResult');

export const ChannelsResultSchema = z
  .looseObject({
    period: z.string(),
    metrics: z.array(z.looseObject({ id: z.string() })),
    channels: z.array(z.looseObject({ channel: z.string().nullable() })),
    total: z.looseObject({}),
    missing: z.array(z.string()),
  })
  .openapi('ChannelsResult');

export const FunnelResultSchema = z
  .looseObject({
    dim: z.string(),
    steps: z.number(),
    customers: z.number(),
    top: z.number().nullable(),
    other: z.object({ label: z.string(), items: z.array(z.number()) }).nullable(),
    purchases: z.array(z.looseObject({})),
    transitions: z.array(z.looseObject({})),
  })
  .openapi('FunnelResult');

/** Content types of the list downloads. */
export const DOWNLOAD_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A CSV or XLSX download. */
export const download = (description: string) => ({
  content: {
    [DOWNLOAD_TYPES.csv]: { schema: z.string() },
    [DOWNLOAD_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
  },
  description,
});
