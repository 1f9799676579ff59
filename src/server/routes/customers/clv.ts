import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  clvFor,
  clvSummaryFor,
  clvValidationFor,
  paretoNbdFor,
  PARETO_NBD_MODEL,
} from '../../../services/index.ts';
import { requestLang } from '../../context.ts';
import { dateQuery, INPUT_ERRORS, json } from '../../../contract/common.ts';
import {
  ClvFitSchema,
  ClvSummarySchema,
  ClvValidationSchema,
  clvModelParam,
  purchaseModelParam,
  unitParam as unit,
} from '../../../contract/customers.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const tag = { tags: ['Customers'] };

const day = (name: string, description: string) => dateQuery(name, description, '1997-09-30');

const fit = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/clv',
  summary: 'BG/NBD, Pareto/NBD or Gamma-Gamma fitted by maximum likelihood (the CLI\u2019s `clv --model`)',
  request: {
    query: z.object({
      model: clvModelParam,
      calibrationEnd: day('calibrationEnd', 'last calibration day, inclusive (default: the last order date)'),
      unit,
    }),
  },
  responses: {
    200: json(ClvFitSchema, 'parameters, standard errors, log-likelihood'),
    ...INPUT_ERRORS,
  },
});

const validation = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/clv/validation',
  summary:
    'Calibration/holdout check: BG/NBD or Pareto/NBD predicted vs actual holdout purchases by frequency group',
  request: {
    query: z.object({
      model: purchaseModelParam,
      calibrationEnd: day(
        'calibrationEnd',
        'last calibration day (default: a third of the history, at most a year, before the end)',
      ),
      holdoutEnd: day('holdoutEnd', 'last holdout day, inclusive (default: the last order date)'),
      unit,
      top: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .openapi({ description: 'pool frequencies from this one up (default 7)', type: 'integer' }),
    }),
  },
  responses: {
    200: json(ClvValidationSchema, 'the fit and the validation table'),
    ...INPUT_ERRORS,
  },
});

const value = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/clv/value',
  summary: 'Expected CLV in roubles over a horizon: the total, each RFM segment and the top customers',
  request: {
    query: z.object({
      model: purchaseModelParam,
      horizon: z.coerce
        .number()
        .int()
        .min(1)
        .max(520)
        .default(52)
        .openapi({ description: 'horizon in weeks (default 52)', type: 'integer' }),
      margin: z.coerce
        .number()
        .gt(0)
        .max(1)
        .default(1)
        .openapi({ description: 'share of revenue kept, 0–1 (default 1: CLV by revenue)' }),
    }),
  },
  responses: {
    200: json(ClvSummarySchema, 'CLV totals, segments and top customers'),
    ...INPUT_ERRORS,
  },
});

/** GET /api/customers/clv, /api/customers/clv/validation and /api/customers/clv/value. */
export function registerCustomersClv(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(fit, async (c) => {
    const q = c.req.valid('query');
    const res = q.model === PARETO_NBD_MODEL ? await paretoNbdFor(ws, q) : await clvFor(ws, q);
    return c.json({ ...res }, 200);
  });
  app.openapi(value, async (c) => {
    const q = c.req.valid('query');
    const res = await clvSummaryFor(ws, q, requestLang(c));
    return c.json({ ...res }, 200);
  });
  app.openapi(validation, async (c) => {
    const q = c.req.valid('query');
    const res = await clvValidationFor(ws, {
      calibrationEnd: q.calibrationEnd,
      holdoutEnd: q.holdoutEnd,
      unit: q.unit,
      topGroup: q.top,
      model: q.model,
    });
    return c.json({ ...res }, 200);
  });
}
