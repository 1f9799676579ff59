/**
 * What commits by checkpoint (warehouse-durability.ts) cost an import: imports FILE into orders
 * twice (the second a replace), with and without the setting, alternating, ROUNDS times, and
 * prints wall and CPU seconds, COMMIT and close times. On a shared machine compare CPU seconds
 * and where the checkpoint lands: without the setting it runs at close, with it inside COMMIT.
 *
 *   npx tsx test/ingest/big-file-durability.run.ts FILE [ROUNDS] [MEMORY_LIMIT]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDbDriver } from '../../src/engines/duckdb/index.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { importFile } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { commitByCheckpoint } from '../../src/services/warehouse/durability.ts';

const [arg, rounds = '3', memoryLimit] = process.argv.slice(2);
if (!arg) throw new Error('usage: big-file-durability.run.ts FILE [ROUNDS] [MEMORY_LIMIT]');
const file: string = arg;

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** Times every COMMIT the driver runs, by wrapping its connection (a measuring aid only). */
function timeCommits(driver: DuckDbDriver): number[] {
  const conn = (driver as unknown as { conn: { run: (sql: string, ...rest: unknown[]) => Promise<unknown> } })
    .conn;
  const run = conn.run.bind(conn);
  const times: number[] = [];
  conn.run = async (sql, ...rest) => {
    const t = performance.now();
    try {
      return await run(sql, ...rest);
    } finally {
      if (sql === 'COMMIT') times.push((performance.now() - t) / 1000);
    }
  };
  return times;
}

async function once(byCheckpoint: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-durability-'));
  try {
    const engine = await openDuckDb({ path: join(dir, 'w.duckdb'), ...(memoryLimit ? { memoryLimit } : {}) });
    if (byCheckpoint) await commitByCheckpoint(engine);
    const commits = timeCommits(engine.driver as DuckDbDriver);
    const store = openStore(join(dir, 'w.sqlite'), () => new Date());
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const deps = { clock: () => new Date() };
    await importFile(engine, store, { file, table: 'orders' }, deps);
    const r = await importFile(engine, store, { file, table: 'orders', force: true }, deps);
    const t1 = performance.now();
    await engine.driver.close();
    store.close();
    const close = (performance.now() - t1) / 1000;
    const wall = (performance.now() - t0) / 1000;
    const f = (n: number): string => n.toFixed(2);
    return (
      `${byCheckpoint ? 'checkpoint' : 'default   '}  wall ${f(wall)} s  cpu ${f(cpuSeconds(c0))} s  ` +
      `COMMIT ${commits.map(f).join(' + ')} s  close ${f(close)} s  (${r.loadPath}, ${r.rowsReplaced} replaced)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (let i = 0; i < Number(rounds); i++) {
  const order = i % 2 ? [false, true] : [true, false];
  for (const byCheckpoint of order) console.log(await once(byCheckpoint));
}
