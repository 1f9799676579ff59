import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ImportResult, TableName } from '../../../ingest/index.ts';
import { errorDetails, importInto, importLog, parseMap } from '../../../services/index.ts';
import { currentUser, requestLang, userLocale } from '../../context.ts';
import { HttpError } from '../../http-error.ts';
import { errorAnswer } from '../../on-error.ts';
import { jobRegistry, type JobRegistry } from '../../jobs.ts';
import { serial } from '../../serial.ts';
import { warmInBackground } from '../../warm.ts';
import { AUTH_ERRORS, ErrorSchema, INPUT_ERRORS, json } from '../../../contract/common.ts';
import {
  fileBody,
  ImportQuerySchema,
  ImportLogSchema,
  ImportResultSchema,
  JobStartedSchema,
  JobSchema,
  UploadQuerySchema,
} from '../../../contract/imports.ts';
import type { AppDeps, AppEnv } from '../../types.ts';
import { sanitiseFilename } from '../../uploads/filename.ts';
import { DEFAULT_UPLOAD_BYTES, receiveUpload } from '../../uploads/receive.ts';

const TOO_LARGE = { 413: json(ErrorSchema, 'the file is over the upload limit; nothing was written') };

const preview = createRoute({
  method: 'post',
  path: '/api/imports/preview',
  summary: 'Read, map and validate a file without writing anything: headers, mapping, first rows, errors',
  request: { query: UploadQuerySchema, ...fileBody },
  responses: {
    200: json(ImportResultSchema, "status 'validated' or 'rejected'"),
    ...INPUT_ERRORS,
    ...TOO_LARGE,
  },
});

const upload = createRoute({
  method: 'post',
  path: '/api/imports',
  summary: 'Validate and import a file (nothing is written when any row is bad)',
  request: { query: ImportQuerySchema, ...fileBody },
  responses: {
    200: json(ImportResultSchema, 'the import result'),
    202: json(JobStartedSchema, 'with async=1: poll GET /api/jobs/{id}'),
    ...INPUT_ERRORS,
    ...TOO_LARGE,
  },
});

const log = createRoute({
  method: 'get',
  path: '/api/imports',
  summary: 'The import log, newest first',
  responses: { 200: json(ImportLogSchema, 'import attempts'), ...AUTH_ERRORS },
});

const job = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  summary: 'Progress of a background import started by the caller',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: {
    200: json(JobSchema, 'the job'),
    404: json(ErrorSchema, 'no such job of yours'),
    ...INPUT_ERRORS,
  },
});

type UploadQuery = z.infer<typeof UploadQuerySchema>;

/** The upload's name, sanitised: the `filename` query parameter or the x-filename header. */
const nameOf = (c: Context<AppEnv>, q: UploadQuery): string =>
  sanitiseFilename(q.filename ?? c.req.header('x-filename'));

const mapOf = (q: UploadQuery): Record<string, string> =>
  parseMap(q.map === undefined ? [] : Array.isArray(q.map) ? q.map : [q.map], 'map');

/** POST /api/imports/preview, POST /api/imports, GET /api/imports, GET /api/jobs/{id}. */
export function registerImports(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  jobs: JobRegistry = jobRegistry(deps.clock),
): void {
  const ws = deps.workspace;
  const limit = deps.limits?.uploadBytes ?? DEFAULT_UPLOAD_BYTES;
  const oneAtATime = serial();

  /**
   * Receives the body into a temp file and returns the import to run on it; `run` always deletes
   * the upload afterwards. Names and maps are checked before a byte of the body is read.
   */
  const receive = async (c: Context<AppEnv>, q: UploadQuery, opts: { dryRun?: boolean; force?: boolean }) => {
    const name = nameOf(c, q);
    const map = mapOf(q);
    const file = await receiveUpload(c.req.raw, name, limit);
    // The validation report is written in the caller's language (the workbench's switch).
    const lang = userLocale(c).startsWith('ru') ? ('ru' as const) : ('en' as const);
    const req = { file: file.path, name, table: q.table as TableName, map, sheet: q.sheet, lang, ...opts };
    return (onProgress?: Parameters<typeof importInto>[2]): Promise<ImportResult> =>
      oneAtATime(async () => {
        // Held throughout: its temp tables and transaction live on one opening of the file.
        const result = await ws.hold(() => importInto(ws, req, onProgress));
        // New data: the workbench's first views are computed again before someone opens them.
        if (result.status === 'imported') warmInBackground(deps, 'import');
        return result;
      }).finally(() => file.remove());
  };

  app.openapi(preview, async (c) => {
    const run = await receive(c, c.req.valid('query'), { dryRun: true });
    return c.json({ ...(await run()) }, 200);
  });

  app.openapi(upload, async (c) => {
    const q = c.req.valid('query');
    const run = await receive(c, q, { force: q.force === '1' || q.force === 'true' });
    if (q.async !== '1' && q.async !== 'true') return c.json({ ...(await run()) }, 200);
    // The body is read within the request; the import runs on after the answer.
    const { id } = jobs.start(currentUser(c).id);
    const requestId = c.get('requestId');
    const lang = requestLang(c);
    run((phase, done, total) => jobs.update(id, { phase, done, total }))
      .then((result) => jobs.update(id, { phase: 'done', result }))
      .catch((e: Error) => {
        // The same answer a request would get (on-error.ts): never the engine's words.
        const answer = errorAnswer(e, lang, requestId);
        if (answer.status === 500)
          deps.logger.error('background import failed', { requestId, stack: errorDetails(e) });
        jobs.update(id, { phase: 'failed', error: { message: answer.message, requestId } });
      });
    return c.json({ jobId: id }, 202);
  });

  app.openapi(log, (c) => c.json(importLog(ws), 200));

  app.openapi(job, (c) => {
    const found = jobs.get(c.req.valid('param').id);
    if (!found || found.userId !== currentUser(c).id)
      throw new HttpError(404, 'not_found', { en: 'no such job', ru: 'такой задачи нет' });
    const { userId: _userId, ...visible } = found;
    return c.json(visible, 200);
  });
}
