import { z } from 'zod';

/**
 * Where to copy a plan. The months are checked by the service, so a bad one is refused in the
 * caller's language with the employee and the month named.
 */
export const PlanCopyBodySchema = z
  .object({
    to: z.string().min(1).meta({ example: '2024-04', description: 'the month to create, YYYY-MM' }),
    force: z
      .boolean()
      .default(false)
      .meta({ description: 'replace a plan the target month already has (refused otherwise)' }),
  })
  .meta({ id: 'KpiPlanCopy' });
