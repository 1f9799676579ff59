import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import type { Engine } from '../../src/engines/engine.ts';
import { thisProcess } from '../../src/ingest/owner-process.ts';
import { makeTempDir, removeDeadTempDirs } from '../../src/ingest/temp-dirs.ts';
import { importInto, importLog, openWorkspace } from '../../src/services/index.ts';
import { openStore, recordImportStart, storePathFor } from '../../src/store/index.ts';
import { clock, RUSSIAN_ORDERS } from './helpers.ts';

/** The pid of a process that has exited: started and waited for. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

const walBytes = (db: string): number => (existsSync(`${db}.wal`) ? statSync(`${db}.wal`).size : 0);

async function count(engine: Engine, sql: string): Promise<number> {
  const [row] = await engine.driver.query(sql);
  return Number(row?.['n']);
}

describe('issue 12 §3: recovery after kill -9', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-recovery-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a log row left running by a dead process is marked failed on the next start', async () => {
    const db = join(dir, 'w.duckdb');
    const file = join(dir, 'o.csv');
    writeFileSync(file, RUSSIAN_ORDERS);
    const ws = await openWorkspace(db, clock);
    const done = await importInto(ws, { file, table: 'orders' });
    await ws.close();
    const store = openStore(storePathFor(db), clock);
    const dead = recordImportStart(store, {
      file: 'killed.csv',
      fileHash: null,
      tableName: 'orders',
      owner: { pid: deadPid(), started: null },
    });
    const live = recordImportStart(store, {
      file: 'running.csv',
      fileHash: null,
      tableName: 'orders',
      owner: thisProcess(),
    });
    // Died after COMMIT, before the log: its rows are in the warehouse.
    store.db
      .prepare(`UPDATE imports SET status = 'running', pid = ? WHERE id = ?`)
      .run(deadPid(), done.importId);
    store.close();

    const again = await openWorkspace(db, clock);
    const log = importLog(again);
    await again.close();
    const byId = new Map(log.map((r) => [r.id, r]));
    expect(byId.get(dead)).toMatchObject({ status: 'failed' });
    expect(byId.get(dead)?.message).toMatch(/nothing was written/);
    expect(byId.get(dead)?.message).toMatch(/ничего не записано/);
    expect(byId.get(done.importId)).toMatchObject({ status: 'imported', rowsInserted: done.rowsInserted });
    expect(byId.get(done.importId)?.message).toMatch(/found on the next start/);
    // This process is alive: its import may still be under way.
    expect(byId.get(live)).toMatchObject({ status: 'running' });
  });

  it('temp folders of dead imports are cleaned', async () => {
    const root = join(dir, 'tmp');
    mkdirSync(root);
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
    try {
      const mine = await makeTempDir();
      const me = thisProcess();
      expect(mine.dir).toContain(`fulcrum-ingest-${me.pid}-${me.started ?? 'x'}-`);
      const gone = join(root, `fulcrum-ingest-${deadPid()}-x-abc123`);
      // Same pid as this process but another start time: the pid was reused, the owner is dead.
      const reused = join(root, `fulcrum-ingest-${me.pid}-1-def456`);
      const legacy = join(root, 'fulcrum-ingest-ghi789');
      for (const d of [gone, reused, legacy]) mkdirSync(d);
      const removed = await removeDeadTempDirs(root);
      const expected = me.started === null ? [gone] : [gone, reused];
      expect(removed.sort()).toEqual(expected.sort());
      expect(readdirSync(root).sort()).toEqual(
        [mine.dir, legacy, ...(me.started === null ? [reused] : [])]
          .map((d) => d.slice(root.length + 1))
          .sort(),
      );
      await mine.remove();
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  it('kill -9 inside COMMIT cannot half-apply a replace: the commit is a checkpoint, with no WAL to replay', async () => {
    // Why this matters, on DuckDB as it is: a WAL cut before its closing entry (a kill during
    // COMMIT) replays a big INSERT's row groups without the same transaction's DELETE.
    const raw = join(dir, 'raw.duckdb');
    const engine = await openDuckDb({ path: raw });
    await engine.driver.exec(`CREATE TABLE t AS SELECT range AS id, 0 AS gen FROM range(2000)`);
    await engine.driver.exec('CHECKPOINT');
    await engine.driver.transaction(async () => {
      await engine.driver.exec(`INSERT INTO t SELECT range AS id, 1 AS gen FROM range(300000)`);
      await engine.driver.exec(`DELETE FROM t WHERE gen = 0`);
    });
    const cut = join(dir, 'cut.duckdb');
    copyFileSync(raw, cut);
    copyFileSync(`${raw}.wal`, `${cut}.wal`);
    const full = walBytes(cut);
    await engine.driver.close();
    const states = new Set<number>();
    for (let bytes = 1; bytes <= 40; bytes++) {
      const probe = join(dir, `probe-${bytes}.duckdb`);
      copyFileSync(cut, probe);
      copyFileSync(`${cut}.wal`, `${probe}.wal`);
      truncateSync(`${probe}.wal`, full - bytes);
      const e = await openDuckDb({ path: probe });
      states.add(await count(e, 'SELECT count(*) AS n FROM t'));
      await e.driver.close();
    }
    expect(states).toContain(302000);

    // The workspace's replace leaves nothing of the kind: no WAL after COMMIT, before close.
    const db = join(dir, 'w.duckdb');
    const file = join(dir, 'o.csv');
    writeFileSync(file, RUSSIAN_ORDERS);
    const ws = await openWorkspace(db, clock);
    await importInto(ws, { file, table: 'orders' });
    const update = join(dir, 'u.csv');
    writeFileSync(update, 'Номер заказа;Клиент;Дата;Сумма\n1001;00004;01.03.2024;1\n');
    const r = await importInto(ws, { file: update, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', rowsReplaced: 2 });
    expect(walBytes(db)).toBe(0);
    await ws.close();
  });
});
