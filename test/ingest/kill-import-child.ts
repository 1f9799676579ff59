/**
 * The process kill-import.test.ts kills: imports FILE into orders of the workspace DB, writing
 * each step it reaches to stdout as it starts, synchronously, so the last line the parent reads
 * after the kill is the step the process died in.
 *
 *   node --import tsx test/ingest/kill-import-child.ts DB FILE
 *
 * KILL_TEST_CHECKPOINT_SLEEP_MS slows the checkpoint between writing row groups and switching the
 * header (a DuckDB debug setting), so a kill can land there; KILL_TEST_PAUSE_AFTER_COMMIT_MS waits
 * between COMMIT and the import log, so a kill can land there.
 */
import { writeSync } from 'node:fs';
import { importInto, openWorkspace } from '../../src/services/index.ts';

const [db, file] = process.argv.slice(2);
if (!db || !file) throw new Error('usage: kill-import-child.ts DB FILE');
const mark = (step: string): void => void writeSync(1, `${step}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const checkpointSleep = Number(process.env['KILL_TEST_CHECKPOINT_SLEEP_MS'] ?? 0);
const pauseAfterCommit = Number(process.env['KILL_TEST_PAUSE_AFTER_COMMIT_MS'] ?? 0);

const ws = await openWorkspace(db);
mark('open');
if (checkpointSleep) await ws.engine.driver.exec(`SET debug_checkpoint_scan_sleep_ms = ${checkpointSleep}`);
const driver = ws.engine.driver;
const transaction = driver.transaction.bind(driver);
// Marks where the transaction's work ends and COMMIT begins, and where COMMIT has returned.
driver.transaction = async <T>(fn: () => Promise<T>): Promise<T> => {
  const out = await transaction(async () => {
    mark('transaction');
    const r = await fn();
    mark('commit');
    return r;
  });
  mark('committed');
  if (pauseAfterCommit) await sleep(pauseAfterCommit);
  return out;
};
mark('import');
const res = await importInto(ws, { file, table: 'orders', force: true });
mark(`logged ${res.status}`);
await ws.close();
mark('closed');
