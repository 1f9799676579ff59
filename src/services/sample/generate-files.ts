import { openDuckDb } from '../../engines/duckdb/index.ts';
import { generateCompany, type GenerateOptions, type GenerateResult } from '../../generate/index.ts';

/**
 * `fulcrum generate`: a sample company's files in a folder. Parquet is written by converting the
 * generated CSV in an in-memory engine, opened only for that format and closed after it.
 */
export async function generateSampleFiles(
  opts: GenerateOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<GenerateResult> {
  const engine = opts.format === 'parquet' ? await openDuckDb({ path: ':memory:' }) : undefined;
  try {
    return await generateCompany(opts, { engine, ...(onProgress ? { onProgress } : {}) });
  } finally {
    await engine?.driver.close();
  }
}
