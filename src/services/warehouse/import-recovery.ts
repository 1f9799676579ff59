import type { Engine } from '../../engines/engine.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { IMPORT_ID_COLUMN, TABLE_NAMES, type TableName } from '../../ingest/index.ts';
import { isAlive } from '../../ingest/owner-process.ts';
import { removeDeadTempDirs } from '../../ingest/temp-dirs.ts';
import { listRunningImports, recordImportEnd, type Store } from '../../store/index.ts';

/** What start-up recovery found: log rows closed (by the outcome in the warehouse) and temp folders removed. */
export interface Recovery {
  failed: number[];
  imported: number[];
  tempDirs: string[];
}

const diedBefore = (pid: number | null): Bilingual => ({
  en: `the import process${pid === null ? '' : ` (pid ${pid})`} ended before finishing; nothing was written`,
  ru: `процесс загрузки${pid === null ? '' : ` (pid ${pid})`} завершился, не закончив загрузку; ничего не записано`,
});

const diedAfter = (pid: number | null, rows: number): Bilingual => ({
  en: `the import process${pid === null ? '' : ` (pid ${pid})`} ended after writing ${rows} rows but before logging them; found on the next start`,
  ru: `процесс загрузки${pid === null ? '' : ` (pid ${pid})`} завершился после записи ${rows} строк, но до записи в журнал; найдено при следующем запуске`,
});

// The log is read in either language: both go in, Russian first as elsewhere in the project.
const both = (m: Bilingual): string => `${m.ru}\n${m.en}`;

/** Rows the attempt left in its table: a commit is all or nothing, so any row means it committed. */
async function rowsOf(engine: Engine, table: string, importId: number): Promise<number> {
  if (!TABLE_NAMES.includes(table as TableName)) return 0;
  const d = engine.dialect;
  const has = await engine.driver.query(
    `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = ? AND column_name = ?`,
    [table, IMPORT_ID_COLUMN],
  );
  if (!Number(has[0]?.['n'] ?? 0)) return 0;
  const [row] = await engine.driver.query(
    `SELECT count(*) AS n FROM ${d.ident(table)} WHERE ${d.ident(IMPORT_ID_COLUMN)} = ?`,
    [importId],
  );
  return Number(row?.['n'] ?? 0);
}

/**
 * Closes the log rows of imports whose process died (killed, crashed, power cut) while they ran,
 * and removes their temp folders. A row is closed as the warehouse says it ended: 'imported'
 * when its rows are there (the process died between COMMIT and the log), else 'failed'. Rows of a
 * live process — an import still under way — are left alone, as are its temp folders.
 */
export async function recoverDeadImports(engine: Engine, store: Store): Promise<Recovery> {
  const out: Recovery = { failed: [], imported: [], tempDirs: [] };
  for (const run of listRunningImports(store)) {
    // Rows from before owners were recorded have no process to ask; the warehouse file is locked
    // by this process, so no other process can be importing into it.
    if (run.owner && isAlive(run.owner)) continue;
    const pid = run.owner?.pid ?? null;
    const rows = await rowsOf(engine, run.tableName, run.id);
    if (rows > 0) {
      const message = both(diedAfter(pid, rows));
      recordImportEnd(store, run.id, { status: 'imported', rowsRead: rows, rowsInserted: rows, message });
      out.imported.push(run.id);
    } else {
      recordImportEnd(store, run.id, { status: 'failed', message: both(diedBefore(pid)) });
      out.failed.push(run.id);
    }
  }
  out.tempDirs = await removeDeadTempDirs();
  return out;
}
