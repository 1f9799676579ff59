/** Shared set-up of the generator tests: temp dirs, an in-memory DuckDB, typed views. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine, Value } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { generateCompany, typedCsvSelect, type GenerateOptions } from '../../src/generate/index.ts';

/** A fresh directory under the OS temp dir. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'fulcrum-gen-'));
}

/** Removes a temp directory. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** An in-memory DuckDB. */
export function memoryEngine(): Promise<Engine> {
  return openDuckDb({ path: ':memory:' });
}

/** Generates CSV files into a new temp dir and registers typed views o, l, s, c on `engine`. */
export async function generateWithViews(
  engine: Engine,
  opts: Omit<GenerateOptions, 'outDir'>,
  progress: [number, number][] = [],
) {
  const dir = await tempDir();
  const result = await generateCompany(
    { ...opts, outDir: dir },
    { onProgress: (d, t) => progress.push([d, t]) },
  );
  const views = { o: 'orders', l: 'leads', s: 'spend', c: 'costs' } as const;
  for (const [view, kind] of Object.entries(views)) {
    await engine.driver.exec(
      `CREATE OR REPLACE VIEW ${view} AS ${typedCsvSelect(engine, kind, result.files[kind])}`,
    );
  }
  return { dir, result };
}

/** The single value of a one-row, one-column query. */
export async function scalar(engine: Engine, sql: string): Promise<Value> {
  const rows = await engine.driver.query(sql);
  return Object.values(rows[0] ?? {})[0] ?? null;
}
