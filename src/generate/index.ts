/**
 * The bundled sample company: `generateCompany` writes orders, leads, spend and costs files in
 * canonical columns, deterministic for a seed, streaming so that 100M order lines fit in memory.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../engines/engine.ts';
import { calibrateScale } from './calibrate.ts';
import { buildCalendar } from './calendar.ts';
import { header, type FileKind } from './columns.ts';
import { costsCsv } from './costs.ts';
import { ByteSink } from './byte-sink.ts';
import { INDUSTRIES } from './industries/index.ts';
import { localizeProfile } from './localize.ts';
import { buildModel } from './model.ts';
import { resolveOptions, type GenerateOptions } from './options.ts';
import { csvToParquet } from './parquet.ts';
import { simulate, type Sinks } from './simulate.ts';

export type { GenerateOptions } from './options.ts';
export type { IndustryName } from './industries/index.ts';

/** Side channels of a run: progress for a bar, an engine for Parquet output. */
export interface GenerateIo {
  /** Called about every 100k order lines; `total` is the requested (approximate) line count. */
  onProgress?: (done: number, total: number) => void;
  /** Needed for format "parquet": converts the CSV it streams. */
  engine?: Engine;
}

/** Paths written, data rows per file (headers excluded), wall time. */
export interface GenerateResult {
  files: Record<FileKind, string>;
  rows: Record<FileKind, number>;
  seconds: number;
}

const KINDS: readonly FileKind[] = ['orders', 'leads', 'spend', 'costs'];

/** Generates a sample company into `opts.outDir`. */
export async function generateCompany(opts: GenerateOptions, io: GenerateIo = {}): Promise<GenerateResult> {
  const o = resolveOptions(opts);
  const engine = io.engine;
  if (o.format === 'parquet' && !engine?.driver.capabilities().writeParquet) {
    throw new Error('parquet output needs an engine that writes Parquet (io.engine)');
  }
  const started = performance.now();
  await mkdir(o.outDir, { recursive: true });
  const profile = localizeProfile(INDUSTRIES[o.industry], o.lang);
  const cal = buildCalendar(o.end);
  const model = buildModel(profile, cal, await calibrateScale(profile, cal, o.seed, o.orders));
  const parquet = o.format === 'parquet';
  const csvPath = (k: FileKind): string => join(o.outDir, parquet ? `.${k}.tmp.csv` : `${k}.csv`);
  const sinks: Sinks = {
    orders: ByteSink.open(csvPath('orders'), header('orders')),
    leads: ByteSink.open(csvPath('leads'), header('leads')),
    spend: ByteSink.open(csvPath('spend'), header('spend')),
  };
  let totals;
  try {
    totals = await simulate(model, o.seed, sinks, (done) => io.onProgress?.(done, Math.max(o.orders, done)));
    await Promise.all([sinks.orders.close(), sinks.leads.close(), sinks.spend.close()]);
  } catch (e) {
    for (const s of Object.values(sinks)) s.destroy();
    throw e;
  }
  const costs = costsCsv(profile, cal, o.seed, totals.revenue, totals.cost);
  await writeFile(csvPath('costs'), costs.text);
  const files = {} as Record<FileKind, string>;
  for (const k of KINDS) {
    files[k] = join(o.outDir, `${k}.${o.format}`);
    if (parquet && engine) {
      await csvToParquet(engine, k, csvPath(k), files[k]);
      await rm(csvPath(k));
    }
  }
  io.onProgress?.(totals.lines, totals.lines);
  const rows = {
    orders: sinks.orders.rows,
    leads: sinks.leads.rows,
    spend: sinks.spend.rows,
    costs: costs.rows,
  };
  return { files, rows, seconds: (performance.now() - started) / 1000 };
}

export { typedCsvSelect } from './parquet.ts';
