import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Engine } from '../engines/engine.ts';
import { openDuckDb } from '../engines/duckdb/index.ts';
import { openStore, storePathFor, type Store } from '../store/index.ts';
import { readWarehouseColumns, type WarehouseColumns } from './warehouse-columns.ts';
import { memoizeReads } from './read-memo.ts';
import { storeVersion } from './warehouse-version.ts';
import { commitByCheckpoint } from './warehouse-durability.ts';
import { recoverDeadImports } from './import-recovery.ts';

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
  close(): Promise<void>;
}

/**
 * Opens the warehouse file and its app store beside it (creating both if needed). A file's
 * commits are checkpoints (warehouse-durability.ts), and imports a killed process left
 * 'running' are closed and their temp folders removed before anything else reads the log.
 */
export async function openWorkspace(
  dbPath: string,
  clock: () => Date = () => new Date(),
): Promise<Workspace> {
  const onDisk = dbPath !== ':memory:';
  if (onDisk) mkdirSync(dirname(dbPath), { recursive: true });
  const engine = await openDuckDb({ path: dbPath });
  const store = openStore(storePathFor(dbPath), clock);
  if (onDisk) {
    try {
      await commitByCheckpoint(engine);
      await recoverDeadImports(engine, store);
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
    async close() {
      store.close();
      await engine.driver.close();
    },
  };
}
