import type { Engine } from './engine.ts';
import { openDuckDb } from './duckdb/index.ts';

/** How to open each engine; the conformance suite enumerates this table. */
export const ENGINES: Record<string, (location: string) => Promise<Engine>> = {
  duckdb: (location) => openDuckDb({ path: location }),
};

/** Opens an engine by name with a clear error for unknown names. */
export async function openEngine(name: string, location: string): Promise<Engine> {
  const open = ENGINES[name];
  if (!open) throw new Error(`unknown engine: ${name} (known: ${Object.keys(ENGINES).join(', ')})`);
  return open(location);
}
