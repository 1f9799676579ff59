import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Engine } from '../../engines/engine.ts';
import { openDuckDb, DuckDbDriver } from '../../engines/duckdb/index.ts';
import { lockHolder, openWhenFree } from '../../engines/duckdb/lock-wait.ts';
import { OnDemandDriver } from '../../engines/on-demand.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { waitingText, WarehouseBusyError } from './lock.ts';
import { openStore, storePathFor, type Store } from '../../store/index.ts';
import { readWarehouseColumns, type WarehouseColumns } from './columns.ts';
import { memoizeReads } from './read-memo.ts';
import { storeVersion } from './version.ts';
import { commitByCheckpoint } from './durability.ts';
import { recoverDeadImports } from './import-recovery.ts';
import { duckdbDialect } from '../../sql/duckdb-dialect.ts';

/** Everything a service needs: the warehouse engine, the app store and the injected clock. */
export interface Workspace {
  readonly dbPath: string;
  readonly engine: Engine;
  /** The same warehouse for analysis reads: answers remembered until the next import (read-memo.ts). */
  readonly reader: Engine;
  readonly store: Store;
  readonly clock: () => Date;
  /** The warehouse's tables and columns, read fresh (an import may have added dimensions). */
  columns(): Promise<WarehouseColumns>;
  /**
   * Runs `fn` with the warehouse kept open throughout (a request, an import: temp tables and
   * transactions live on one connection). A shared workspace closes the file when idle; an
   * exclusive one holds it until `close`, and this is just `fn()`.
   */
  hold<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How to open a warehouse that another process may be using too. */
export interface OpenOptions {
  /**
   * Open the file on first use and let it go after `idleMs` without use, so a CLI command in
   * another terminal can take it between requests (`fulcrum serve`; docs/architecture.md).
   */
  shared?: boolean;
  /** How long to wait (ms) for a file another process holds before giving up (default 0). */
  waitMs?: number;
  /** Told once, in both languages, that we are waiting and for whom (after 2 s: a shorter wait goes unsaid). */
  onWait?: (text: Bilingual) => void;
}

/** A shared warehouse is let go this long after its last use: a request's queries come closer. */
const IDLE_MS = 1000;

/**
 * Opens the DuckDB file, waiting up to `waitMs` while another process holds it, with every
 * commit a checkpoint; a lock held past the wait becomes a WarehouseBusyError naming the holder.
 */
async function openWarehouse(dbPath: string, opts: OpenOptions): Promise<Engine> {
  const waitMs = opts.waitMs ?? 0;
  try {
    return await openWhenFree(
      async () => {
        const engine = await openDuckDb({ path: dbPath });
        if (dbPath === ':memory:') return engine;
        try {
          await commitByCheckpoint(engine);
        } catch (e) {
          await engine.driver.close();
          throw e;
        }
        return engine;
      },
      { waitMs, tellAfterMs: 2000, onWait: (holder) => opts.onWait?.(waitingText(dbPath, holder)) },
    );
  } catch (e) {
    const holder = lockHolder(e);
    if (holder === undefined) throw e;
    throw new WarehouseBusyError(dbPath, holder, Math.round(waitMs / 1000), e);
  }
}

/**
 * Opens the warehouse file and its app store beside it (creating both if needed). A file's
 * commits are checkpoints (warehouse-durability.ts), and imports a killed process left
 * 'running' are closed and their temp folders removed before anything else reads the log.
 * `opts.shared` opens the file only while it is used (fulcrum serve); `opts.waitMs` waits for a
 * file another process holds.
 */
export async function openWorkspace(
  dbPath: string,
  clock: () => Date = () => new Date(),
  opts: OpenOptions = {},
): Promise<Workspace> {
  const onDisk = dbPath !== ':memory:';
  if (onDisk) mkdirSync(dirname(dbPath), { recursive: true });
  const shared =
    opts.shared && onDisk
      ? new OnDemandDriver({
          open: async () => (await openWarehouse(dbPath, opts)).driver,
          idleMs: IDLE_MS,
          capabilities: DuckDbDriver.CAPABILITIES,
        })
      : null;
  const engine: Engine = shared
    ? { driver: shared, dialect: duckdbDialect }
    : await openWarehouse(dbPath, opts);
  const hold = <T>(fn: () => Promise<T>): Promise<T> => (shared ? shared.hold(fn) : fn());
  let store: Store;
  try {
    store = openStore(storePathFor(dbPath), clock);
  } catch (e) {
    await engine.driver.close();
    throw e;
  }
  if (onDisk) {
    try {
      await hold(() => recoverDeadImports(engine, store));
    } catch (e) {
      store.close();
      await engine.driver.close();
      throw e;
    }
  }
  return {
    dbPath,
    engine,
    reader: memoizeReads(engine, () => storeVersion(store)),
    store,
    clock,
    columns: () => readWarehouseColumns(engine),
    hold,
    async close() {
      store.close();
      await engine.driver.close();
    },
  };
}
