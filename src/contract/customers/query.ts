import { z } from 'zod';
import { BINNINGS } from '../../core/rfm/index.ts';
import { CLV_FIT_MODELS, PURCHASE_MODELS, TIME_UNITS } from '../../core/clv/index.ts';
import { dateQuery } from '../common.ts';

/** A positive whole number in a query string. */
const whole = (description: string, max: number) =>
  z.coerce.number().int().min(1).max(max).optional().meta({ description });

/** The RFM inputs shared by the summary, the list and the segments (the CLI's `rfm` flags). */
export const RfmQuery = {
  asof: dateQuery('asof', 'as-of date (default: the last order date)'),
  // Custom breaks are a CLI feature: the API takes every other strategy by its core name.
  bins: z
    .enum(BINNINGS)
    .exclude(['breaks'])
    .default('quantile')
    .meta({ description: 'scoring strategy (custom breaks are a CLI feature)' }),
  n: whole('bins per axis (default 5)', 10),
  window: whole('days counted by frequency and monetary (default: all history; norms: 365)', 36_500),
};

/** The RFM inputs as they reach a route's handler, defaults filled in. */
export type RfmQueryValues = z.output<z.ZodObject<typeof RfmQuery>>;

export const segmentParam = z
  .string()
  .min(1)
  .meta({ description: 'segment id or its Russian/English name, e.g. At risk', example: 'At risk' });

/** The purchase model behind P(alive) and expected purchases (the CLI's `--model`). */
export const purchaseModelParam = z
  .enum(PURCHASE_MODELS)
  .default('bgnbd')
  .meta({ description: 'purchase model: BG/NBD (default) or Pareto/NBD' });

/** The model the fit route fits on its own (the CLI's `clv --model`). */
export const clvModelParam = z.enum(CLV_FIT_MODELS).default('bgnbd');

/** The unit CLV fits count time in (the CLI's `--unit`). */
export const unitParam = z.enum(TIME_UNITS).default('week');

/** `clv=1`: fit a purchase model + Gamma-Gamma up to the as-of date and value every listed customer. */
export const ListClvQuery = {
  clv: z.enum(['1', '0', 'true', 'false']).optional().meta({ description: '1: P(alive) and CLV' }),
  model: purchaseModelParam,
  unit: unitParam,
  horizon: z.coerce.number().positive().optional().meta({ description: 'CLV horizon in units' }),
  margin: z.coerce.number().optional().meta({ description: 'share of revenue kept, 0–1 (default 1)' }),
  discount: z.coerce.number().optional().meta({ description: 'discount rate per unit (default 0)' }),
};

export const listLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(10_000)
  .default(200)
  .meta({ description: 'customers returned (the export has them all)' });

export const exportFormatParam = z.enum(['csv', 'xlsx']).default('xlsx');

/** Content types of the list downloads. */
export const DOWNLOAD_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A CSV or XLSX download. */
export const download = (description: string) => ({
  content: {
    [DOWNLOAD_TYPES.csv]: { schema: z.string() },
    [DOWNLOAD_TYPES.xlsx]: { schema: z.string().meta({ format: 'binary' }) },
  },
  description,
});

/** A purchase model's name, as `model` takes it. */
export type PurchaseModel = z.output<typeof purchaseModelParam>;
