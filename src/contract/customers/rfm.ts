import { z } from 'zod';
import { PURCHASE_MODELS } from '../../core/clv/index.ts';
import type { Boundaries, MigrationMatrix, RfmGridCell, SegmentSummary } from '../../core/rfm/index.ts';
import { ValueFitsSchema } from './clv.ts';
import { sameShape } from './same-shape.ts';

// The answers of the RFM routes. The scoring fields every one of them echoes come first.

const maybe = z.number().nullable();

const BoundariesSchema = z.strictObject({
  r: z.array(z.number()),
  f: z.array(z.number()),
  m: z.array(z.number()),
});
sameShape<Boundaries, z.output<typeof BoundariesSchema>>(true);

/** How the base was scored: what every RFM answer says about its own inputs. */
const ScoringShape = {
  asOf: z.string(),
  /** The strategy's name (core's BINNINGS). */
  binning: z.string(),
  bins: z.number(),
  /** Days frequency and monetary counted, ending on the as-of date. */
  windowDays: z.number(),
  /** True when no window was asked for and it spans the whole history up to the as-of date. */
  wholeHistory: z.boolean(),
  boundaries: BoundariesSchema,
};

const SegmentSummarySchema = z.strictObject({
  segment: z.string(),
  customers: z.number(),
  share: z.number(),
  orders: z.number(),
  revenue: z.number(),
  /** Revenue per order; null when the segment has no orders in the window. */
  averageCheck: maybe,
  averageRecencyDays: maybe,
});
sameShape<SegmentSummary, z.output<typeof SegmentSummarySchema>>(true);

/** A summary line with the segment's name and tactic in the asked language. */
export const SegmentLineSchema = SegmentSummarySchema.extend({ name: z.string(), tactic: z.string() }).meta({
  id: 'SegmentLine',
});

const RfmCellSchema = z.strictObject({
  r: z.number(),
  f: z.number(),
  customers: z.number(),
  revenue: z.number(),
  /** The segment owning the cell; null when rules on M split it among several. */
  segment: z.string().nullable(),
});
sameShape<RfmGridCell, z.output<typeof RfmCellSchema>>(true);

/** GET /api/customers/rfm: the segment summary and every R × F cell, row-major. */
export const RfmGridSchema = z
  .strictObject({
    ...ScoringShape,
    /** Customers scored, and their revenue in the window. */
    customers: z.number(),
    revenue: z.number(),
    segments: z.array(SegmentLineSchema),
    grid: z.array(RfmCellSchema),
  })
  .meta({ id: 'RfmGrid' });

/** One scored customer: the stable export columns of `fulcrum rfm`. */
export const RfmCustomerSchema = z.strictObject({
  customer_id: z.string(),
  recency_days: z.number(),
  frequency: z.number(),
  monetary: z.number(),
  r: z.number(),
  f: z.number(),
  m: z.number(),
  score: z.string(),
  segment: z.string(),
  first_order: z.string(),
  last_order: z.string(),
  tenure_days: z.number(),
  average_check: maybe,
  tactic: z.string(),
});

/** A listed customer: the RFM line, the contacts, and the model's view with clv=1. */
export const ListedCustomerSchema = RfmCustomerSchema.extend({
  /** Contact column → the customer's latest value. */
  contacts: z.record(z.string(), z.string().nullable()),
  p_alive: z.number().optional(),
  expected_purchases: z.number().optional(),
  expected_average_value: z.number().optional(),
  clv: z.number().optional(),
  p_alive_model: z.enum(PURCHASE_MODELS).optional(),
});

/** GET /api/customers/list: the first `limit` customers, how many there are, and the fits with clv=1. */
export const CustomerListSchema = z
  .strictObject({
    ...ScoringShape,
    summary: z.array(SegmentSummarySchema),
    contactColumns: z.array(z.string()),
    clv: ValueFitsSchema.nullable(),
    /** Customers in the list (the segment's size); `customers` holds at most `limit` of them. */
    total: z.number(),
    customers: z.array(ListedCustomerSchema),
  })
  .meta({ id: 'CustomerList' });

const MigrationSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** Segment ids at the second date, in rule order. */
  columns: z.array(z.string()),
  /** One row per segment at the first date, then the new customers. */
  rows: z.array(
    z.strictObject({
      from: z.string(),
      customers: z.array(z.number()),
      revenue: z.array(z.number()),
      totalCustomers: z.number(),
      totalRevenue: z.number(),
    }),
  ),
  customers: z.number(),
  stayed: z.number(),
  newCustomers: z.number(),
  revenue: z.number(),
});
sameShape<MigrationMatrix & { from: string; to: string }, z.output<typeof MigrationSchema>>(true);

/** GET /api/customers/segments: the summary and, with `from`, the migration matrix. */
export const SegmentsResultSchema = z
  .strictObject({
    ...ScoringShape,
    /** Customers at the as-of date. */
    customers: z.number(),
    segments: z.array(SegmentLineSchema),
    migration: MigrationSchema.nullable(),
  })
  .meta({ id: 'SegmentsResult' });

export type SegmentLine = z.output<typeof SegmentLineSchema>;
export type RfmGrid = z.output<typeof RfmGridSchema>;
export type RfmCustomer = z.output<typeof RfmCustomerSchema>;
export type ListedCustomer = z.output<typeof ListedCustomerSchema>;
export type CustomerList = z.output<typeof CustomerListSchema>;
export type SegmentsResult = z.output<typeof SegmentsResultSchema>;
export type SegmentMigration = z.output<typeof MigrationSchema>;
