/**
 * The shape of one entry of the contract's route table (api-routes.ts), in its own file so each
 * domain's part of the table (customers/routes.ts, kpi/routes.ts) can type itself without
 * importing the whole table.
 */
import type { z } from 'zod';

/** What one route answers (null: nothing, 204) and, for a write, the JSON body it takes. */
export interface RouteShape {
  answer: z.ZodType | null;
  body?: z.ZodType;
}
