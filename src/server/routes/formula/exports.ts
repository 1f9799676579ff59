import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportFileName, exportSheets, sheetsBytes, type ExportAnalysis } from '../../../services/index.ts';
import { contentDisposition } from '../../content-disposition.ts';
import { requestLang } from '../../context.ts';
import { INPUT_ERRORS } from '../../../contract/common.ts';
import { ExportParamsSchema } from '../../../contract/exports.ts';
import { download, DOWNLOAD_TYPES, exportFormatParam } from '../../../contract/customers.ts';
import type { AppDeps, AppEnv } from '../../types.ts';
import { LANGS } from '../../../i18n/index.ts';

/** The JSON route each export reads: the same answer the workbench page draws. */
const SOURCES: Record<ExportAnalysis, string> = {
  formula: '/api/formula',
  compare: '/api/compare',
  levers: '/api/levers',
  constraint: '/api/constraint',
  cohorts: '/api/customers/cohorts',
  channels: '/api/customers/channels',
  funnel: '/api/customers/funnel',
  migration: '/api/customers/segments',
  clv: '/api/customers/clv/validation',
};

const exportRoute = createRoute({
  method: 'get',
  path: '/api/export/{analysis}',
  summary:
    'An analysis as XLSX (number formats, filters, frozen header) or CSV (in Russian: `;`, decimal comma, BOM). ' +
    'Takes the query of the analysis’s own route, e.g. /api/export/levers?period=2024-01..2024-12&step=20',
  request: {
    params: ExportParamsSchema,
    query: z.looseObject({
      format: exportFormatParam,
      lang: z.enum(LANGS).optional().openapi({
        description: 'headers and names: Russian, or the stable English ids (default: the reader’s)',
      }),
    }),
  },
  responses: { 200: download('the analysis as a file'), ...INPUT_ERRORS },
});

/**
 * GET /api/export/{analysis}. The analysis is read through its own JSON route, in-process and as
 * the same caller: the file then holds exactly what the page shows, with that route's
 * validation, access rule, cache and error messages, and no second copy of its inputs here.
 */
export function registerExports(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(exportRoute, async (c) => {
    const { analysis } = c.req.valid('param');
    const q = c.req.valid('query');
    const lang = q.lang ?? requestLang(c);
    const query = new URL(c.req.url).searchParams;
    query.delete('format');
    query.delete('lang');
    const headers = new Headers(c.req.raw.headers);
    headers.set('accept-language', lang);
    headers.set('accept', 'application/json');
    const answer = await app.request(`${SOURCES[analysis]}?${query.toString()}`, { headers }, c.env);
    // The analysis's own refusal (a bad period, no data, no access) is the answer, as it is.
    if (!answer.ok) return answer as never;
    const result: unknown = await answer.json();
    const { name, ascii } = exportFileName(analysis, result, lang, q.format);
    const bytes = await sheetsBytes(q.format, exportSheets(deps.workspace, analysis, result), lang);
    return c.body(bytes, 200, {
      'content-type': DOWNLOAD_TYPES[q.format],
      'content-disposition': contentDisposition(name, ascii),
    });
  });
}
