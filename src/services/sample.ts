import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCompany } from '../generate/index.ts';
import { importFile, TABLE_NAMES, type ImportResult } from '../ingest/index.ts';
import type { Workspace } from './workspace.ts';

/** Where `npm start` keeps the sample company: generated files and the warehouse beside them. */
export const SAMPLE_DIR = join('.fulcrum', 'sample');
export const SAMPLE_DB = join(SAMPLE_DIR, 'fulcrum.duckdb');
const READY = '.generated';

/** Progress of the sample build, for a bar. */
export interface SampleProgress {
  onGenerate?: (done: number, total: number) => void;
  onImport?: (table: string, phase: string) => void;
}

/**
 * Makes sure the sample company is generated and imported. Generation is deterministic and
 * marked complete only at the end; imports of a file already imported are skipped by its hash,
 * so an interrupted run resumes where it stopped and a finished one costs only the hash checks.
 */
export async function ensureSample(
  ws: Workspace,
  dir: string,
  progress: SampleProgress = {},
  orders = 200_000,
): Promise<{ generated: boolean; imports: ImportResult[] }> {
  let generated = false;
  if (!existsSync(join(dir, READY))) {
    await generateCompany({ outDir: dir, orders, seed: 42 }, { onProgress: progress.onGenerate });
    writeFileSync(join(dir, READY), 'complete\n');
    generated = true;
  }
  const imports: ImportResult[] = [];
  for (const table of TABLE_NAMES) {
    const res = await importFile(
      ws.engine,
      ws.store,
      { file: join(dir, `${table}.csv`), table },
      { clock: ws.clock, onProgress: (phase) => progress.onImport?.(table, phase) },
    );
    if (res.status === 'rejected') {
      const first = res.errors[0];
      throw new Error(
        `the sample ${table} file was rejected (${res.errorCount} problems${first ? `; row ${first.row}, ${first.column}: ${first.reason}` : ''})`,
      );
    }
    imports.push(res);
  }
  return { generated, imports };
}
