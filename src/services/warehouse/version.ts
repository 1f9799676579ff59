import type { Store } from '../../store/index.ts';
import type { Workspace } from './workspace.ts';

/**
 * A number that changes whenever the warehouse's data does: the id of the latest successful
 * import. Answers computed under one version stay true until the next import.
 */
export function warehouseVersion(ws: Workspace): number {
  return storeVersion(ws.store);
}

/** The same, from the app store alone (the workspace is still being assembled). */
export function storeVersion(store: Store): number {
  const row = store.db
    .prepare(`SELECT coalesce(max(id), 0) AS v FROM imports WHERE status = 'imported'`)
    .get() as { v: number } | undefined;
  return row?.v ?? 0;
}
