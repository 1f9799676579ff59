import { api } from '../../api/client.ts';
import { ApiError } from '../../api/api-error.ts';
import type { ImportJob, ImportResult, JobStarted, TableName } from '../../api/types.ts';
import { uploadFile } from '../../api/upload.ts';

/** Where an upload is: sending the file, then the server's phases. `fraction` null = unknown. */
export interface ImportStage {
  step: 'upload' | ImportJob['phase'];
  fraction: number | null;
}

export interface ImportAsk {
  table: TableName;
  file: File;
  map: string[];
}

const POLL_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const query = (ask: ImportAsk) => ({ table: ask.table, filename: ask.file.name, map: ask.map });

/** The check: uploads with progress and answers the preview (nothing is written). */
export function checkFile(ask: ImportAsk, onStage: (s: ImportStage) => void): Promise<ImportResult> {
  return uploadFile<ImportResult>('/imports/preview', ask.file, query(ask), (sent, total) =>
    onStage({ step: 'upload', fraction: total ? sent / total : null }),
  );
}

/**
 * The import: uploads with progress, then follows the background job the server starts (a big
 * file takes minutes to validate and write) until it is done or failed.
 */
export async function importFile(ask: ImportAsk, onStage: (s: ImportStage) => void): Promise<ImportResult> {
  const { jobId } = await uploadFile<JobStarted>(
    '/imports',
    ask.file,
    { ...query(ask), async: true },
    (sent, total) => onStage({ step: 'upload', fraction: total ? sent / total : null }),
  );
  for (;;) {
    const job = await api('GET /api/jobs/{id}', { params: { id: jobId } });
    if (job.phase === 'done' && job.result) return job.result;
    if (job.phase === 'failed') {
      throw new ApiError(
        400,
        'import_failed',
        job.error?.message ?? 'import failed',
        undefined,
        job.error?.requestId,
      );
    }
    onStage({ step: job.phase, fraction: job.total > 0 ? Math.min(1, job.done / job.total) : null });
    await sleep(POLL_MS);
  }
}
