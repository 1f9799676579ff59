/** The warehouse and the workspace around it: opening, imports, recovery, durability, locks, versions, memoised reads. */
export { openWorkspace, type Workspace } from './workspace.ts';
export { defaultPeriods, orderDateRange } from './data-range.ts';
export { importInto, importLog } from './import.ts';
export { TABLE_NAMES, type TableName } from '../../ingest/index.ts';
export { makeTempDir } from '../../ingest/temp-dirs.ts';
export { warehouseVersion } from './version.ts';
export { warmFirstViews, FIRST_VIEW_MODELS } from './warm-views.ts';
