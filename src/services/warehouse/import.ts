import { importFile, type ImportPhase, type ImportRequest, type ImportResult } from '../../ingest/index.ts';
import { listImports, type ImportRecord } from '../../store/index.ts';
import type { Workspace } from './workspace.ts';

/** Validates and imports one file into the workspace's warehouse, recording it in the import log. */
export function importInto(
  ws: Workspace,
  req: ImportRequest,
  onProgress?: (phase: ImportPhase, done: number, total: number) => void,
): Promise<ImportResult> {
  return importFile(ws.engine, ws.store, req, { clock: ws.clock, onProgress });
}

/** The import log, newest first. */
export function importLog(ws: Workspace, limit = 50): ImportRecord[] {
  return listImports(ws.store, { limit });
}
