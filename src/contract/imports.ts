import { z } from 'zod';
import { TABLE_NAMES } from '../core/tables/index.ts';

const flag = z.enum(['1', '0', 'true', 'false']).optional();

/** Query of both upload routes; the body is the file itself (any content type). */
export const UploadQuerySchema = z.object({
  table: z.enum(TABLE_NAMES).meta({ description: TABLE_NAMES.join(', ') }),
  filename: z.string().optional().meta({
    description: 'the file\u2019s name (or the x-filename header); its extension picks the reader',
  }),
  map: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .meta({ description: 'repeatable "Source header=field", e.g. Сумма=revenue' }),
  sheet: z.string().optional().meta({ description: 'XLSX sheet (default: the first)' }),
});

export const ImportQuerySchema = UploadQuerySchema.extend({
  force: flag.meta({ description: '1: import even if this exact file was imported before' }),
  async: flag.meta({ description: '1: answer 202 { jobId } at once; poll GET /api/jobs/{id}' }),
});

export const fileBody = {
  body: {
    content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    description: 'the file (CSV, TSV, XLSX or Parquet), streamed; at most the upload limit (2 GB)',
    required: true,
  },
};

export const ImportResultSchema = z
  .object({
    importId: z.number(),
    file: z.string(),
    table: z.enum(TABLE_NAMES),
    status: z.enum(['imported', 'rejected', 'skipped', 'validated']),
    rowsRead: z.number(),
    rowsInserted: z.number(),
    rowsReplaced: z.number(),
    errors: z.array(
      z.object({
        file: z.string(),
        row: z.number(),
        column: z.string(),
        value: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    errorCount: z.number(),
    warnings: z.array(z.string()),
    mapping: z.record(z.string(), z.string()),
    encoding: z.string(),
    delimiter: z.string().nullable(),
    format: z.enum(['csv', 'tsv', 'parquet', 'xlsx']),
    seconds: z.number(),
    loadPath: z.enum(['direct', 'staged']).optional().meta({
      description: 'imported only: direct (typed by the CSV reader) or staged (parsed from text)',
    }),
    headers: z.array(z.string()).optional(),
    fields: z
      .array(z.object({ name: z.string(), required: z.boolean() }))
      .optional()
      .meta({ description: 'checks only: the table fields, for a column-mapping step' }),
    missing: z
      .array(z.string())
      .optional()
      .meta({ description: 'checks only: required fields no column maps to yet' }),
    sample: z.array(z.record(z.string(), z.string().nullable())).optional(),
  })
  .meta({ id: 'ImportResult' });

/** One row of the import log. */
export const ImportRecordSchema = z
  .object({
    id: z.number(),
    file: z.string(),
    fileHash: z.string().nullable(),
    tableName: z.string(),
    format: z.string().nullable(),
    encoding: z.string().nullable(),
    rowsRead: z.number(),
    rowsInserted: z.number(),
    rowsReplaced: z.number(),
    status: z.enum(['running', 'imported', 'rejected', 'skipped', 'failed']),
    errorCount: z.number(),
    message: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportRecord' });

/** GET /api/imports: the import log, newest first. */
export const ImportLogSchema = z.array(ImportRecordSchema);

/** The answer of an import started with async=1: the job to poll. */
export const JobStartedSchema = z.object({ jobId: z.string() });

export const JobSchema = z
  .object({
    id: z.string(),
    phase: z.enum(['queued', 'read', 'validate', 'write', 'done', 'failed']),
    done: z.number(),
    total: z.number(),
    result: ImportResultSchema.optional(),
    error: z.object({ message: z.string(), requestId: z.string().optional() }).optional(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Job' });
