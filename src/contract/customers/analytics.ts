import { z } from 'zod';
import {
  CHANNEL_METRIC_IDS,
  CHANNEL_NOTE_KINDS,
  type ChannelMetricId,
  type ChannelMetricInfo,
  type LtvInputs,
} from '../../core/channels/index.ts';
import type { Cohort as CoreCohort } from '../../core/cohorts/index.ts';
import type { FunnelOther, FunnelStep as CoreFunnelStep, FunnelTransition } from '../../core/funnel/index.ts';
import { sameShape } from './same-shape.ts';

// The answers of the cohort, channel and funnel routes: the services' results as JSON carries them.

const maybe = z.number().nullable();
const LabelSchema = z.strictObject({ ru: z.string(), en: z.string() });

const CohortMonthSchema = z.strictObject({
  month: z.number(),
  customers: z.number(),
  active: z.number(),
  /** active ÷ customers; month 0 is 1 by definition. */
  retention: maybe,
  orders: z.number(),
  revenue: z.number(),
  revenuePerCustomer: maybe,
  /** The LTV curve: revenue per customer summed over months 0…month. */
  cumulativeRevenuePerCustomer: maybe,
  marginPerCustomer: maybe,
  cumulativeMarginPerCustomer: maybe,
  cumulativeOrdersPerCustomer: maybe,
});

/** A cohort: its key (null for no value), its size and its months in order. */
export const CohortSchema = z
  .strictObject({ cohort: z.string().nullable(), customers: z.number(), months: z.array(CohortMonthSchema) })
  .meta({ id: 'Cohort' });
sameShape<CoreCohort, z.output<typeof CohortSchema>>(true);

/** GET /api/customers/cohorts: retention and LTV curves per cohort, and every cohort pooled. */
export const CohortsResultSchema = z
  .strictObject({
    asOf: z.string(),
    by: z.string(),
    /** The acquisition months kept, or null for all. */
    period: z.string().nullable(),
    months: z.number(),
    /** The as-of month when it is counted only in part. */
    partialMonth: z.string().nullable(),
    /** Orders carry costs, so the margin columns are filled. */
    hasMargin: z.boolean(),
    cohorts: z.array(CohortSchema),
    total: CohortSchema,
  })
  .meta({ id: 'CohortsResult' });

/** How a channel metric reads: name, unit, which way is better, the catalogue KPI behind it. */
export const ChannelMetricSchema = z
  .strictObject({
    id: z.enum(CHANNEL_METRIC_IDS),
    /** KPI catalogue id whose formula computes it; null for the payback month. */
    kpi: z.string().nullable(),
    name: LabelSchema,
    unit: z.enum(['count', 'ratio', 'money', 'number', 'percent']),
    direction: z.enum(['higher', 'lower']),
    definition: LabelSchema,
  })
  .meta({ id: 'ChannelMetric' });
// The unit and direction lists are the KPI core's types; this check holds the two together.
sameShape<ChannelMetricInfo, z.output<typeof ChannelMetricSchema>>(true);

const LtvInputsSchema = z.strictObject({
  /** t: months since acquisition counted (the horizon). */
  months: z.number(),
  customers: z.number(),
  revenuePerCustomer: z.number(),
  ordersPerCustomer: z.number(),
  marginPerCustomer: maybe,
  averageOrderValue: maybe,
  purchasesPerMonth: maybe,
  marginShare: maybe,
});
sameShape<LtvInputs, z.output<typeof LtvInputsSchema>>(true);

const metricFields = Object.fromEntries(CHANNEL_METRIC_IDS.map((id) => [id, maybe])) as Record<
  ChannelMetricId,
  typeof maybe
>;

/** One channel's figures and unit economics (null: no data); `total` is the whole company. */
export const ChannelRowSchema = z
  .strictObject({
    /** The channel's name; null for orders without one. */
    channel: z.string().nullable(),
    spend: maybe,
    impressions: maybe,
    clicks: maybe,
    buyers: maybe,
    /** New clients from the channel's own leads. */
    leadClients: maybe,
    orders: maybe,
    revenue: maybe,
    /** The share of `otherCosts` charged to the channel. */
    otherCosts: z.number(),
    /** What the LTV was built from; null when no customer was observed for the horizon. */
    ltv: LtvInputsSchema.nullable(),
    ...metricFields,
  })
  .meta({ id: 'ChannelRow' });

/** A sentence beside a right figure that reads as an error (CARC below CAC, ROMI in the thousands). */
export const ChannelNoteSchema = z
  .strictObject({
    kind: z.enum(CHANNEL_NOTE_KINDS),
    /** The channels it applies to; null stands for the whole company. */
    channels: z.array(z.string().nullable()),
    example: z.string().nullable(),
    text: LabelSchema,
  })
  .meta({ id: 'ChannelNote' });

/** GET /api/customers/channels: unit economics per channel for a period, and the company total. */
export const ChannelsResultSchema = z
  .strictObject({
    period: z.string(),
    from: z.string(),
    to: z.string(),
    asOf: z.string(),
    horizonMonths: z.number(),
    otherCosts: z.number(),
    /** Every metric's name, unit and direction, in table order. */
    metrics: z.array(ChannelMetricSchema),
    channels: z.array(ChannelRowSchema),
    total: ChannelRowSchema,
    /** Tables and columns the warehouse lacks, whose metrics therefore read "no data". */
    missing: z.array(z.string()),
    notes: z.array(ChannelNoteSchema),
  })
  .meta({ id: 'ChannelsResult' });

const FunnelValueSchema = z.strictObject({
  value: z.string().nullable(),
  customers: z.number(),
  /** Share of the step's customers. */
  share: z.number(),
  revenue: z.number(),
  averageCheck: z.number(),
  /** Customers who bought again after this purchase; null at the last step followed. */
  continued: maybe,
  continuedShare: maybe,
});

const FunnelStepSchema = z.strictObject({
  step: z.number(),
  customers: z.number(),
  /** Customers at this step ÷ customers at the first step. */
  reachedShare: maybe,
  revenue: z.number(),
  averageCheck: maybe,
  values: z.array(FunnelValueSchema),
});
sameShape<CoreFunnelStep, z.output<typeof FunnelStepSchema>>(true);

const FunnelTransitionSchema = z.strictObject({
  step: z.number(),
  from: z.string().nullable(),
  /** The next purchase's value; null also when there was none (see `stopped`). */
  to: z.string().nullable(),
  stopped: z.boolean(),
  customers: z.number(),
  /** Share of the customers who bought `from` at this step. */
  share: z.number(),
  /** Average check of the next purchase; null for `stopped`. */
  nextAverageCheck: maybe,
});
sameShape<FunnelTransition, z.output<typeof FunnelTransitionSchema>>(true);

const FunnelOtherSchema = z.strictObject({ label: z.string(), items: z.array(z.number()) });
sameShape<FunnelOther, z.output<typeof FunnelOtherSchema>>(true);

/** GET /api/customers/funnel: what the followed customers buy first, second, third, and the moves. */
export const FunnelResultSchema = z
  .strictObject({
    dim: z.string(),
    steps: z.number(),
    asOf: z.string(),
    period: z.string().nullable(),
    /** Customers followed (those with a first purchase). */
    customers: z.number(),
    /** Values kept per step when the tail was merged (`top` asked), else null. */
    top: z.number().nullable(),
    /** The merged tail ("Прочие" / "Other") and how many values it holds per step; null when none. */
    other: FunnelOtherSchema.nullable(),
    purchases: z.array(FunnelStepSchema),
    transitions: z.array(FunnelTransitionSchema),
  })
  .meta({ id: 'FunnelResult' });

export type CohortsResult = z.output<typeof CohortsResultSchema>;
export type CohortMonth = z.output<typeof CohortMonthSchema>;
export type Cohort = z.output<typeof CohortSchema>;
export type ChannelMetric = z.output<typeof ChannelMetricSchema>;
export type ChannelRow = z.output<typeof ChannelRowSchema>;
export type ChannelNote = z.output<typeof ChannelNoteSchema>;
export type ChannelsResult = z.output<typeof ChannelsResultSchema>;
export type FunnelValue = z.output<typeof FunnelValueSchema>;
export type FunnelStep = z.output<typeof FunnelStepSchema>;
export type FunnelResult = z.output<typeof FunnelResultSchema>;
