import { randomUUID } from 'node:crypto';
import type { ImportResult } from '../ingest/index.ts';

/** Where a background import is: uploaded, then ingest's phases, then done or failed. */
export type JobPhase = 'queued' | 'read' | 'validate' | 'write' | 'done' | 'failed';

/** A background import as the browser polls it. */
export interface Job {
  id: string;
  phase: JobPhase;
  /** Progress within the phase (rows), when ingest knows it; total 0 means unknown. */
  done: number;
  total: number;
  result?: ImportResult;
  error?: { message: string; requestId?: string };
  /** The user who started it: only they can poll it. */
  userId: number;
  updatedAt: string;
}

/** Finished jobs are kept this long for a poller to collect, then forgotten. */
const KEEP_MS = 60 * 60_000;

/** In-memory job registry: a restart forgets running imports, whose log rows say 'running'/'failed'. */
export interface JobRegistry {
  start(userId: number): Job;
  update(id: string, patch: Partial<Omit<Job, 'id' | 'userId'>>): void;
  get(id: string): Job | undefined;
}

export function jobRegistry(clock: () => Date): JobRegistry {
  const jobs = new Map<string, Job>();
  const prune = (): void => {
    const now = clock().getTime();
    for (const [id, j] of jobs) {
      const finished = j.phase === 'done' || j.phase === 'failed';
      if (finished && now - Date.parse(j.updatedAt) > KEEP_MS) jobs.delete(id);
    }
  };
  return {
    start(userId) {
      prune();
      const job: Job = {
        id: randomUUID(),
        phase: 'queued',
        done: 0,
        total: 0,
        userId,
        updatedAt: clock().toISOString(),
      };
      jobs.set(job.id, job);
      return job;
    },
    update(id, patch) {
      const job = jobs.get(id);
      if (job) Object.assign(job, patch, { updatedAt: clock().toISOString() });
    },
    get: (id) => jobs.get(id),
  };
}
