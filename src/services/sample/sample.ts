import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCompany } from '../../generate/index.ts';
import { sampleLang, type SampleLang } from '../../generate/localize.ts';
import { importFile, TABLE_NAMES, type ImportResult } from '../../ingest/index.ts';
import { listImports } from '../../store/index.ts';
import { seedSampleMotivation } from './motivation.ts';
import type { Workspace } from '../warehouse/workspace.ts';

export { SAMPLE_DIR, SAMPLE_DB } from './paths.ts';
const READY = '.generated';
const IMPORTED = '.imported';
const SEED = 42;

/**
 * Version of what the sample is made of: bump it when the generator's output or the sample's
 * motivation data changes, and an existing sample is generated and imported anew once.
 * 2: names in the user's language, the motivation side (team, plans, demo logins).
 */
export const SAMPLE_VERSION = 2;

/** Progress of the sample build, for a bar. */
export interface SampleProgress {
  onGenerate?: (done: number, total: number) => void;
  onImport?: (table: string, phase: string) => void;
}

/** What identifies a generated sample: the same key means the same files. */
interface SampleKey {
  version: number;
  seed: number;
  orders: number;
}

/** What `.generated` records: the key, and the language the names were written in. */
interface GeneratedMark extends SampleKey {
  lang: SampleLang;
}

/** What `.imported` records: the key, and the import of each table in this folder's store. */
interface ImportedMark extends SampleKey {
  imports: Record<string, number>;
}

const sameKey = (a: SampleKey, b: SampleKey): boolean =>
  a.version === b.version && a.seed === b.seed && a.orders === b.orders;

function readMark<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null; // a torn write: treated as absent
  }
}

/**
 * The `.generated` marker. Before SAMPLE_VERSION 2 it held the word "complete" and no key: such a
 * sample (English names) is kept as it is — regenerating would change a user's numbers under them,
 * and a test may have written its own files beside that word.
 */
function readGenerated(file: string, key: SampleKey): GeneratedMark | null {
  if (!existsSync(file)) return null;
  if (readFileSync(file, 'utf8').trim() === 'complete') return { ...key, lang: 'en' };
  return readMark<GeneratedMark>(file);
}

/** True when every table's recorded import is still in the store's log as imported. */
function stillImported(ws: Workspace, mark: ImportedMark): boolean {
  return TABLE_NAMES.every((table) => {
    const id = mark.imports[table];
    return (
      id !== undefined &&
      listImports(ws.store, { tableName: table }).some((r) => r.id === id && r.status === 'imported')
    );
  });
}

/**
 * Makes sure the sample company is generated, imported and given its motivation side, once.
 * Generation is deterministic and keyed by generator version, seed and size: a sample with the
 * same key is reused as it is, whatever language a later run asks for (the names keep the
 * language of the run that generated it; delete the folder to switch). Once imported, later runs
 * touch neither the files nor the import log. An interrupted run resumes where it stopped.
 * `opts.lang` picks the names' language; by default the user's locale (LC_ALL, LC_MESSAGES, LANG)
 * when Russian, else English. `opts.motivation: false` leaves the store's KPI side empty.
 */
export async function ensureSample(
  ws: Workspace,
  dir: string,
  progress: SampleProgress = {},
  orders = 200_000,
  opts: { lang?: SampleLang; motivation?: boolean } = {},
): Promise<{ generated: boolean; imports: ImportResult[]; lang: SampleLang; motivation: boolean }> {
  const key: SampleKey = { version: SAMPLE_VERSION, seed: SEED, orders };
  let generated = false;
  let mark = readGenerated(join(dir, READY), key);
  if (!mark || !sameKey(mark, key)) {
    const lang = opts.lang ?? sampleLang(undefined, process.env);
    await generateCompany({ outDir: dir, orders, seed: SEED, lang }, { onProgress: progress.onGenerate });
    mark = { ...key, lang };
    writeFileSync(join(dir, READY), `${JSON.stringify(mark)}\n`);
    generated = true;
  }
  const imports: ImportResult[] = [];
  const done = readMark<ImportedMark>(join(dir, IMPORTED));
  if (generated || !done || !sameKey(done, key) || !stillImported(ws, done)) {
    // A sample generated anew replaces the old one's rows: keys would keep rows whose names changed.
    if (generated) await clearSampleTables(ws);
    for (const table of TABLE_NAMES) {
      const res = await importFile(
        ws.engine,
        ws.store,
        // Forced after a new generation: the tables were just emptied, so "already imported" is stale.
        { file: join(dir, `${table}.csv`), table, force: generated },
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
    const ids = Object.fromEntries(
      TABLE_NAMES.map((t) => [
        t,
        listImports(ws.store, { tableName: t, limit: 50 }).find((r) => r.status === 'imported')?.id ?? -1,
      ]),
    );
    writeFileSync(join(dir, IMPORTED), `${JSON.stringify({ ...key, imports: ids })}\n`);
  }
  // A test that builds its own team asks for the data alone (motivation: false).
  const motivation = opts.motivation === false ? false : await seedSampleMotivation(ws, mark.lang);
  return { generated, imports, lang: mark.lang, motivation };
}

/** Empties the warehouse tables the sample fills (those that exist). */
async function clearSampleTables(ws: Workspace): Promise<void> {
  const cols = await ws.columns();
  for (const table of TABLE_NAMES) {
    if (cols.has(table)) await ws.engine.driver.exec(`DELETE FROM ${ws.engine.dialect.ident(table)}`);
  }
}
