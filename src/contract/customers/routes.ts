/**
 * The /api/customers routes the workbench calls, by `METHOD /api/path`, with the schema each
 * answers: one part of the contract's route table (api-routes.ts spreads it into API_ROUTES).
 * The downloads (`/api/customers/list/export`) answer files, not JSON, so they stay out, as the
 * exports do.
 */
import type { RouteShape } from '../route-shape.ts';
import { ChannelsResultSchema, CohortsResultSchema, FunnelResultSchema } from './analytics.ts';
import { ClvFitSchema, ClvSummarySchema, ClvValidationSchema } from './clv.ts';
import { CustomerListSchema, RfmGridSchema, SegmentsResultSchema } from './rfm.ts';

/** Each JSON route of the customers domain and its answer. */
export const CUSTOMERS_ROUTES = {
  'GET /api/customers/rfm': { answer: RfmGridSchema },
  'GET /api/customers/list': { answer: CustomerListSchema },
  'GET /api/customers/segments': { answer: SegmentsResultSchema },
  'GET /api/customers/clv': { answer: ClvFitSchema },
  'GET /api/customers/clv/validation': { answer: ClvValidationSchema },
  'GET /api/customers/clv/value': { answer: ClvSummarySchema },
  'GET /api/customers/cohorts': { answer: CohortsResultSchema },
  'GET /api/customers/channels': { answer: ChannelsResultSchema },
  'GET /api/customers/funnel': { answer: FunnelResultSchema },
} as const satisfies Record<string, RouteShape>;
