import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importInto, openWorkspace } from '../../src/services/index.ts';
import { clock, RUSSIAN_ORDERS } from './helpers.ts';

/**
 * How many checkpoints a DuckDB file has had: each one writes the next of the two database
 * headers (at 4 KiB and 8 KiB) with its iteration number one higher (bytes 8–15, after the
 * checksum). Read from the file, so it counts what DuckDB did, not what the code asked for.
 */
function checkpoints(db: string): bigint {
  const fd = openSync(db, 'r');
  try {
    const b = Buffer.alloc(16);
    let last = 0n;
    for (const at of [4096, 8192]) {
      readSync(fd, b, 0, 16, at);
      const n = b.readBigUInt64LE(8);
      if (n > last) last = n;
    }
    return last;
  } finally {
    closeSync(fd);
  }
}

/**
 * Issue 12 §3, its cost: commits are checkpoints (warehouse-durability.ts), so what an import
 * pays for the guarantee is one checkpoint per commit that changes the warehouse. The staged
 * path's many statements on its temp table commit too, but the temp catalog lives in memory and
 * never checkpoints: an import, staged or direct, is exactly one checkpoint — the one a closing
 * process would have made anyway. A change that staged into a warehouse table, or split the
 * write into several transactions, would pay one checkpoint more per commit; this test says so.
 */
describe('issue 12 §3: the cost of commits by checkpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-ckpt-cost-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an import, staged or direct, costs exactly one checkpoint: its staging commits make none', async () => {
    const db = join(dir, 'w.duckdb');
    const staged = join(dir, 'staged.csv');
    const direct = join(dir, 'direct.csv');
    writeFileSync(staged, RUSSIAN_ORDERS);
    writeFileSync(direct, 'order_id,customer_id,ts,revenue\nA1,C1,2024-03-01 10:00:00,10.50\n');
    const ws = await openWorkspace(db, clock);
    try {
      // The first import also creates the warehouse tables (one checkpoint each); not counted.
      await importInto(ws, { file: direct, table: 'orders' });
      let before = checkpoints(db);
      const s = await importInto(ws, { file: staged, table: 'orders' });
      expect(s).toMatchObject({ status: 'imported', loadPath: 'staged' });
      expect(checkpoints(db) - before).toBe(1n);
      before = checkpoints(db);
      const d = await importInto(ws, { file: direct, table: 'orders', force: true });
      expect(d).toMatchObject({ status: 'imported', loadPath: 'direct', rowsReplaced: 1 });
      expect(checkpoints(db) - before).toBe(1n);
    } finally {
      await ws.close();
    }
  });
});
