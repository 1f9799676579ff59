import { z } from 'zod';
import {
  CLV_FIT_MODELS,
  CONVERGENCES,
  PURCHASE_MODELS,
  TIME_UNITS,
  type HoldoutTable,
} from '../../core/clv/index.ts';
import { sameShape } from './same-shape.ts';

// The answers of the CLV routes: the services' fits, the holdout check and the CLV tab's summary.
// The services' result types are these schemas' outputs (services/customers/*.ts).

const maybe = z.number().nullable();

/** What a fit reports: parameters with their standard errors, likelihood and how it stopped. */
export const FitReportSchema = z
  .strictObject({
    params: z.record(z.string(), z.number()),
    /** Null where the Hessian is not negative definite. */
    standardErrors: z.record(z.string(), maybe),
    logLikelihood: z.number(),
    convergence: z.enum(CONVERGENCES),
    iterations: z.number(),
    /** Customers (sum of weights) the fit used. */
    customers: z.number(),
  })
  .meta({ id: 'FitReport' });

/** GET /api/customers/clv: one model fitted by maximum likelihood (the CLI's `clv --model --json`). */
export const ClvFitSchema = z
  .strictObject({
    model: z.enum(CLV_FIT_MODELS),
    unit: z.enum(TIME_UNITS),
    calibrationEnd: z.string(),
    ...FitReportSchema.shape,
    /** Distinct input rows the likelihood was summed over. */
    rows: z.number(),
    fitSeconds: z.number(),
  })
  .meta({ id: 'ClvFit' });

const HoldoutTableSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      x: z.number(),
      atLeast: z.boolean(),
      customers: z.number(),
      actual: z.number(),
      predicted: z.number(),
      actualMean: z.number(),
      predictedMean: z.number(),
    }),
  ),
  total: z.strictObject({ customers: z.number(), actual: z.number(), predicted: z.number() }),
});
sameShape<HoldoutTable, z.output<typeof HoldoutTableSchema>>(true);

/** GET /api/customers/clv/validation: a purchase model judged on a holdout it did not see. */
export const ClvValidationSchema = z
  .strictObject({
    calibrationEnd: z.string(),
    holdoutEnd: z.string(),
    unit: z.enum(TIME_UNITS),
    /** The holdout's length in units. */
    holdoutLength: z.number(),
    model: z.enum(PURCHASE_MODELS),
    purchase: FitReportSchema,
    /** The same fit under its old name, present when the model is BG/NBD. */
    bgnbd: FitReportSchema.optional(),
    validation: HoldoutTableSchema,
  })
  .meta({ id: 'ClvValidation' });

/** Both fits behind per-customer values, without the customers (the list and the CLV tab). */
export const ValueFitsSchema = z
  .strictObject({
    calibrationEnd: z.string(),
    unit: z.enum(TIME_UNITS),
    horizon: z.number(),
    margin: z.number(),
    discountRate: z.number(),
    /** The purchase model P(alive) and expected purchases come from. */
    model: z.enum(PURCHASE_MODELS),
    purchase: FitReportSchema,
    bgnbd: FitReportSchema.optional(),
    gammaGamma: FitReportSchema,
  })
  .meta({ id: 'ValueFits' });

/** Expected value of a group of customers over the horizon. */
export const ClvGroupSchema = z.strictObject({
  customers: z.number(),
  /** Sum of the customers' CLV, ₽, summed in whole kopecks. */
  clv: z.number(),
  /** clv ÷ customers, ₽ (kopecks). */
  average: z.number(),
  expectedPurchases: z.number(),
  /** Mean P(alive). */
  pAlive: z.number(),
});

/** GET /api/customers/clv/value: CLV in roubles, the total, each RFM segment and the top customers. */
export const ClvSummarySchema = z
  .strictObject({
    fit: ValueFitsSchema,
    /** The RFM as-of date the segments are scored at (= the calibration end). */
    asOf: z.string(),
    total: ClvGroupSchema,
    /** `segment` is the stable id, `name` the segment's name in the asked language. */
    segments: z.array(ClvGroupSchema.extend({ segment: z.string(), name: z.string() })),
    top: z.array(
      z.strictObject({
        customer_id: z.string(),
        segment: z.string(),
        name: z.string(),
        p_alive: z.number(),
        expected_purchases: z.number(),
        expected_average_value: z.number(),
        clv: z.number(),
      }),
    ),
  })
  .meta({ id: 'ClvSummary' });

export type FitReport = z.output<typeof FitReportSchema>;
export type ClvFit = z.output<typeof ClvFitSchema>;
export type ClvValidation = z.output<typeof ClvValidationSchema>;
export type HoldoutGroup = ClvValidation['validation']['groups'][number];
export type ValueFits = z.output<typeof ValueFitsSchema>;
export type ClvGroup = z.output<typeof ClvGroupSchema>;
export type ClvSummary = z.output<typeof ClvSummarySchema>;
