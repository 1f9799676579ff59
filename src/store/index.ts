/** App store: SQLite state beside the warehouse (import log now; users, plans, cases later). */
export { openStore, storePathFor, type Store } from './store.ts';
export { migrate } from './migrate.ts';
export { MIGRATIONS, type Migration } from './migrations.ts';
export {
  recordImportStart,
  recordImportEnd,
  listImports,
  findSuccessfulImportByHash,
  type ImportRecord,
  type ImportStart,
  type ImportEnd,
  type ImportStatus,
} from './imports-repo.ts';
