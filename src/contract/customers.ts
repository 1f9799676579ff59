/**
 * The /api/customers contract: query parameters and every answer, once. Routes validate with these
 * schemas, the services' result types are their outputs, and the workbench imports the types
 * (web/src/api/contract-customers.ts). Browser-safe: zod and the pure core only.
 */
import type { z } from 'zod';
import { ChannelsResultSchema, CohortsResultSchema, FunnelResultSchema } from './customers/analytics.ts';
import { ClvFitSchema, ClvSummarySchema, ClvValidationSchema } from './customers/clv.ts';
import { CustomerListSchema, RfmGridSchema, SegmentsResultSchema } from './customers/rfm.ts';

export * from './customers/query.ts';
export * from './customers/rfm.ts';
export * from './customers/clv.ts';
export * from './customers/analytics.ts';

/**
 * Each JSON route of the domain and its answer: the route declares this schema, the workbench's
 * call of that path gets its output type, and the route-answer test walks the list.
 */
export const CUSTOMERS_ANSWERS = {
  '/api/customers/rfm': RfmGridSchema,
  '/api/customers/list': CustomerListSchema,
  '/api/customers/segments': SegmentsResultSchema,
  '/api/customers/clv': ClvFitSchema,
  '/api/customers/clv/validation': ClvValidationSchema,
  '/api/customers/clv/value': ClvSummarySchema,
  '/api/customers/cohorts': CohortsResultSchema,
  '/api/customers/channels': ChannelsResultSchema,
  '/api/customers/funnel': FunnelResultSchema,
} as const;

export type CustomersPath = keyof typeof CUSTOMERS_ANSWERS;

/** The answer of each customers route, by path. */
export type CustomersAnswers = { [P in CustomersPath]: z.output<(typeof CUSTOMERS_ANSWERS)[P]> };
