import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  customerListFor,
  customerListSheet,
  rfmGridFor,
  segmentsFor,
  sheetsBytes,
  type CustomerListRequest,
  type RfmRequest,
} from '../../../services/index.ts';
import { contentDisposition } from '../../content-disposition.ts';
import { requestLang } from '../../context.ts';
import { dateQuery, INPUT_ERRORS, isOn, json } from '../../../contract/common.ts';
import {
  CustomerListSchema,
  RfmGridSchema,
  SegmentsResultSchema,
  download,
  DOWNLOAD_TYPES,
  exportFormatParam,
  ListClvQuery,
  listLimit,
  RfmQuery,
  type RfmQueryValues,
  segmentParam,
} from '../../../contract/customers.ts';
import type { AppDeps, AppEnv } from '../../types.ts';
import { LANGS } from '../../../i18n/index.ts';

const tag = { tags: ['Customers'] };

const rfm = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/rfm',
  summary: 'RFM as of a date: the segment summary and the R × F grid (customers and revenue per cell)',
  request: { query: z.object(RfmQuery) },
  responses: { 200: json(RfmGridSchema, 'summary and grid'), ...INPUT_ERRORS },
});

const listQuery = z.object({ ...RfmQuery, segment: segmentParam.optional(), ...ListClvQuery });

const list = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/list',
  summary:
    'The customer list (of one segment) with contacts and, with clv=1, P(alive) and CLV from BG/NBD or Pareto/NBD',
  request: { query: listQuery.extend({ limit: listLimit }) },
  responses: {
    200: json(CustomerListSchema, 'the first `limit` customers and the total'),
    ...INPUT_ERRORS,
  },
});

const listExport = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/list/export',
  summary: 'The whole customer list as CSV or XLSX, in the CLI export columns, ready for a CRM',
  request: {
    query: listQuery.extend({
      format: exportFormatParam,
      lang: z.enum(LANGS).optional().openapi({
        description:
          'headers and segment names: Russian, or the stable ids a CRM maps (default: the reader’s)',
      }),
    }),
  },
  responses: { 200: download('the list'), ...INPUT_ERRORS },
});

const segments = createRoute({
  ...tag,
  method: 'get',
  path: '/api/customers/segments',
  summary: 'The segment summary and, with `from`, the migration matrix between the two dates',
  request: {
    query: z.object({
      ...RfmQuery,
      from: dateQuery('from', 'first date of the migration (as-of is the second)'),
    }),
  },
  responses: {
    200: json(SegmentsResultSchema, 'summary and migration'),
    ...INPUT_ERRORS,
  },
});

type ListQueryValues = z.infer<typeof listQuery>;

const rfmRequest = (q: RfmQueryValues): Omit<RfmRequest, 'segment'> => ({
  asOf: q.asof,
  binning: q.bins,
  bins: q.n,
  windowDays: q.window,
});

const listRequest = (q: ListQueryValues): CustomerListRequest => ({
  ...rfmRequest(q),
  segment: q.segment,
  clv: isOn(q.clv)
    ? { unit: q.unit, horizon: q.horizon, margin: q.margin, discountRate: q.discount, model: q.model }
    : undefined,
});

/** GET /api/customers/rfm, /list, /list/export and /segments: the CLI's `rfm` and `segments`. */
export function registerCustomersRfm(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(rfm, async (c) => {
    const res = await rfmGridFor(ws, rfmRequest(c.req.valid('query')), requestLang(c));
    return c.json({ ...res }, 200);
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const res = await customerListFor(ws, listRequest(q), requestLang(c));
    // The workbench shows a page of the list; the export carries all of it.
    return c.json({ ...res, total: res.customers.length, customers: res.customers.slice(0, q.limit) }, 200);
  });
  app.openapi(listExport, async (c) => {
    const q = c.req.valid('query');
    const lang = q.lang ?? requestLang(c);
    const res = await customerListFor(ws, listRequest(q), lang);
    const name = `customers-${q.segment ?? 'all'}-${res.asOf}.${q.format}`.replace(/[^\w.-]+/g, '-');
    return c.body(await sheetsBytes(q.format, [customerListSheet(res)], lang), 200, {
      'content-type': DOWNLOAD_TYPES[q.format],
      'content-disposition': contentDisposition(name),
    });
  });
  app.openapi(segments, async (c) => {
    const q = c.req.valid('query');
    const res = await segmentsFor(ws, { ...rfmRequest(q), from: q.from }, requestLang(c));
    return c.json({ ...res }, 200);
  });
}
