/**
 * The /api/customers answers as the workbench reads them, inferred from the contract's schemas
 * (src/contract/customers.ts), so a field renamed on the server fails this build. Only types come
 * from there (`import type`): zod and the schemas stay out of the bundle.
 */
import type { CustomersAnswers, CustomersPath } from '../../../src/contract/customers.ts';
import { api, type RequestOptions } from './client.ts';

export type {
  ChannelMetric,
  ChannelRow,
  ChannelsResult,
  ClvSummary,
  ClvValidation,
  Cohort,
  CohortMonth,
  CohortsResult,
  FunnelResult,
  FunnelStep,
  FunnelValue,
  PurchaseModel,
  RfmGrid,
  SegmentsResult,
} from '../../../src/contract/customers.ts';

/** GET of a customers route: the path picks the answer's type, so no call site names one by hand. */
export function getCustomers<P extends CustomersPath>(
  path: P,
  opts: Omit<RequestOptions, 'method' | 'body'> = {},
): Promise<CustomersAnswers[P]> {
  return api<CustomersAnswers[P]>(path.slice('/api'.length), opts);
}
