import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { channelsFor, cohortsFor, funnelFor } from '../../../services/index.ts';
import { requestLang } from '../../context.ts';
import { dateQuery, INPUT_ERRORS, json } from '../../../contract/common.ts';
import {
  ChannelsResultSchema,
  CohortsResultSchema,
  FunnelResultSchema,
} from '../../../contract/customers.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['Customers'] };

const asof = dateQuery('asof', 'last day observed (default: the last order date)');
const months = (description: string) =>
  z.coerce.number().int().optional().openapi({ description, type: 'integer' });
const period = (description: string) =>
  z.string().optional().openapi({ description, example: '2024-01..2024-12' });

const cohorts = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/cohorts',
  summary: 'Acquisition cohorts: retention and revenue per customer by month since the first order',
  request: {
    query: z.object({
      asof,
      period: period('acquisition months kept (default: all)'),
      by: z.string().optional().openapi({ description: 'month (default) or an orders column, e.g. channel' }),
      months: months('months since acquisition shown, the first included (default 12)'),
    }),
  },
  responses: {
    200: json(CohortsResultSchema, 'cohorts and the pooled curve'),
    ...INPUT_ERRORS,
  },
});

const channels = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/channels',
  summary: 'Unit economics per channel: CAC, CARC, LTV, ROMI, MRE, payback; each metric with its direction',
  request: {
    query: z.object({
      period: period('months of spend, leads and new clients (default: the last 12 complete)'),
      asof,
      horizon: months('months the LTV counts (default 12)'),
      otherCosts: z.coerce
        .number()
        .optional()
        .openapi({ description: 'marketing costs outside the spend table, split by buyers' }),
    }),
  },
  responses: {
    200: json(ChannelsResultSchema, 'channels and the total'),
    ...INPUT_ERRORS,
  },
});

const funnel = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/funnel',
  summary: 'The product funnel: what customers buy first, second, third, and the transitions',
  request: {
    query: z.object({
      dim: z.string().optional().openapi({ description: 'orders column (default category)' }),
      steps: months('purchases followed (default 3)'),
      period: period('follow customers whose first order falls here (default: all)'),
      asof,
      top: z.coerce.number().int().min(1).max(100).optional().openapi({
        description:
          'keep this many values per purchase, the rest merged into "Прочие" / "Other" (default: all)',
        type: 'integer',
      }),
    }),
  },
  responses: {
    200: json(FunnelResultSchema, 'steps and transitions'),
    ...INPUT_ERRORS,
  },
});

/** GET /api/customers/cohorts, /channels and /funnel: the CLI's `cohorts`, `channels`, `funnel`. */
export function registerCustomersAnalytics(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(cohorts, async (c) => {
    const q = c.req.valid('query');
    const res = await cohortsFor(ws, { asOf: q.asof, period: q.period, by: q.by, months: q.months });
    return c.json({ ...res }, 200);
  });
  app.openapi(channels, async (c) => {
    const q = c.req.valid('query');
    const res = await channelsFor(ws, {
      period: q.period,
      asOf: q.asof,
      horizon: q.horizon,
      otherCosts: q.otherCosts,
    });
    return c.json({ ...res }, 200);
  });
  app.openapi(funnel, async (c) => {
    const q = c.req.valid('query');
    const res = await funnelFor(
      ws,
      { dim: q.dim, steps: q.steps, period: q.period, asOf: q.asof, top: q.top },
      requestLang(c),
    );
    return c.json({ ...res }, 200);
  });
}
