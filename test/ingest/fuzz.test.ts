import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { IngestError, importFile, type ImportResult } from '../../src/ingest/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { corpus, type FuzzCase } from './fuzz/corpus.ts';
import { clock, RUSSIAN_ORDERS } from './helpers.ts';

/**
 * Engine and library words, SQL, stack frames and server paths: none may reach a user. File
 * names are given as an upload's (no directory), so any absolute path is the server's.
 */
const RAW =
  /LINE \d|Binder Error|Conversion Error|Invalid Input Error|Parser Error|Catalog Error|Constraint Error|Out of Range|INTERNAL|Error:|read_csv|read_parquet|DESCRIBE|SELECT\s|TRY_CAST|CAST\(|\/tmp\/|fulcrum-|\bat \S+ \(|TypeError|RangeError|\[object|undefined|NaN/;

/** A time no hostile file may take; beyond it the import counts as a crash (a hang). */
const CASE_TIMEOUT_MS = 30_000;

type Outcome = 'imported' | 'rejected' | 'refused' | 'crashed';

interface Verdict {
  readonly c: FuzzCase;
  readonly outcome: Outcome;
  readonly ms: number;
  /** Which of the four figures (or a good file refused) this file counts in, with why. */
  readonly problems: Array<{ kind: Figure; why: string }>;
}

const FIGURES = [
  'crashes',
  'partial writes',
  'silently accepted bad files',
  'raw messages',
  'good files refused',
] as const;
type Figure = (typeof FIGURES)[number];

/** What a rejected file must leave exactly as it was: rows, money, columns, no staging left behind. */
async function fingerprint(engine: Engine): Promise<string> {
  const q = (sql: string): Promise<unknown> => engine.driver.query(sql);
  return JSON.stringify([
    await q(
      `SELECT count(*) AS n, sum(revenue) AS revenue, count(DISTINCT _import_id) AS imports FROM orders`,
    ),
    await q(`SELECT count(*) AS n FROM leads`),
    await q(`SELECT count(*) AS n, sum(amount) AS amount FROM spend`),
    await q(`SELECT count(*) AS n, sum(amount) AS amount FROM costs`),
    await q(`SELECT table_name, column_name FROM information_schema.columns ORDER BY ALL`),
  ]);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Texts a user sees from one import, in both languages where they come from an error. */
function userTexts(result: ImportResult | null, error: unknown): string[] {
  if (error !== null) return [messageIn(error, 'en'), messageIn(error, 'ru')];
  if (!result) return [];
  return [...result.warnings, ...result.errors.map((e) => e.reason)];
}

describe('import fuzz corpus', () => {
  let dir: string;
  let scratch: Engine;
  let engine: Engine;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-fuzz-'));
    scratch = await openDuckDb({ path: ':memory:' });
    engine = await openDuckDb({ path: ':memory:' });
    store = openStore(':memory:', clock);
  });
  afterAll(async () => {
    await scratch.driver.close();
    await engine.driver.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('crashes, partial writes, silently accepted bad files and raw messages are all zero', async () => {
    // The workspace already holds a known good import; every rejected file must leave it as it is.
    const good = join(dir, 'known-good.csv');
    writeFileSync(good, RUSSIAN_ORDERS);
    const first = await importFile(engine, store, { file: good, table: 'orders' }, { clock });
    expect(first.status).toBe('imported');

    const cases = corpus();
    const verdicts: Verdict[] = [];
    const started = Date.now();
    // The engine runs in this process, so its memory shows in the process's resident size.
    let peakRss = process.memoryUsage().rss;
    for (const [i, c] of cases.entries()) {
      const path = join(dir, c.name);
      writeFileSync(path, await c.bytes({ engine: scratch, dir }));
      const before = await fingerprint(engine);
      const lang = i % 2 === 0 ? 'en' : 'ru';
      const t0 = Date.now();
      let result: ImportResult | null = null;
      let error: unknown = null;
      try {
        const run = importFile(
          engine,
          store,
          { file: path, name: c.name, table: c.table, map: c.map, force: true, lang },
          { clock },
        );
        result = await withTimeout(run, CASE_TIMEOUT_MS);
      } catch (e) {
        error = e;
      }
      const ms = Date.now() - t0;
      const problems: Verdict['problems'] = [];
      const outcome: Outcome =
        error === null
          ? result!.status === 'imported'
            ? 'imported'
            : 'rejected'
          : error instanceof IngestError
            ? 'refused'
            : 'crashed';
      if (outcome === 'crashed')
        problems.push({ kind: 'crashes', why: String((error as Error)?.message ?? error).slice(0, 200) });
      if (outcome !== 'imported' && (await fingerprint(engine)) !== before)
        problems.push({ kind: 'partial writes', why: `${outcome}, but the warehouse changed` });
      if (c.expect === 'bad' && outcome === 'imported' && result!.warnings.length === 0)
        problems.push({
          kind: 'silently accepted bad files',
          why: `imported ${result!.rowsInserted} rows, no warning`,
        });
      if (c.expect === 'good' && outcome !== 'imported') {
        const why =
          error !== null
            ? messageIn(error, 'en')
            : `${result!.errorCount} error(s): ${result!.errors[0]?.reason}`;
        problems.push({ kind: 'good files refused', why: why.slice(0, 200) });
      }
      for (const text of userTexts(result, error)) {
        if (RAW.test(text)) problems.push({ kind: 'raw messages', why: text.slice(0, 200) });
      }
      if (error instanceof IngestError && !messageIn(error, lang).startsWith(`${c.name}: `))
        problems.push({
          kind: 'raw messages',
          why: `does not name the file: ${messageIn(error, lang).slice(0, 120)}`,
        });
      verdicts.push({ c, outcome, ms, problems });
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (outcome === 'crashed' && String((error as Error)?.message).startsWith('timed out')) break;
    }
    const seconds = (Date.now() - started) / 1000;

    const count = (kind: Figure, which: (v: Verdict) => boolean): number =>
      verdicts.filter(which).reduce((n, v) => n + (v.problems.some((p) => p.kind === kind) ? 1 : 0), 0);
    const figures = Object.fromEntries(FIGURES.map((f) => [f, count(f, () => true)])) as Record<
      Figure,
      number
    >;

    const categories = [...new Set(verdicts.map((v) => v.c.category))];
    const lines = categories.map((cat) => {
      const vs = verdicts.filter((v) => v.c.category === cat);
      const by = (o: Outcome): number => vs.filter((v) => v.outcome === o).length;
      const bad = vs.filter((v) => v.problems.length > 0).length;
      const slowest = Math.max(...vs.map((v) => v.ms));
      return `  ${cat.padEnd(20)} ${String(vs.length).padStart(4)} files: ${by('imported')} imported, ${by('rejected')} rejected, ${by('refused')} refused, ${by('crashed')} crashed; ${bad} with problems; slowest ${slowest} ms`;
    });
    const offenders = verdicts
      .filter((v) => v.problems.length > 0)
      .map((v) => `  ${v.c.name}: ${v.problems.map((p) => `${p.kind}: ${p.why}`).join('; ')}`);
    console.log(
      [
        `import fuzz corpus: ${verdicts.length} of ${cases.length} files in ${seconds.toFixed(1)} s, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`,
        ...lines,
        'figures:',
        ...FIGURES.map((f) => `  ${f}: ${figures[f]}`),
        ...(offenders.length ? ['files with problems:', ...offenders] : []),
      ].join('\n'),
    );

    expect(verdicts.length).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(figures).toEqual({
      crashes: 0,
      'partial writes': 0,
      'silently accepted bad files': 0,
      'raw messages': 0,
      'good files refused': 0,
    });
  }, 240_000);
});
