import type { Store } from '../store.ts';

/** The company's journey map as stored: the preset it started from and its stages' JSON. */
export interface StoredJourneyMap {
  preset: string;
  /** The stages as JSON text; the service parses it with the contract's schema. */
  stages: string;
  savedBy: number | null;
  savedAt: string;
}

interface Row {
  preset: string;
  stages: string;
  saved_by: number | null;
  saved_at: string;
}

/** Saves the company's map, replacing the one before. */
export function saveJourneyMap(
  store: Store,
  m: { preset: string; stages: string; savedBy: number | null },
): void {
  store.db
    .prepare(
      `INSERT INTO journey_map (id, preset, stages, saved_by, saved_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET preset = excluded.preset, stages = excluded.stages,
       saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
    )
    .run(m.preset, m.stages, m.savedBy, store.clock().toISOString());
}

/** The company's map, or undefined when it has none yet (the B2C preset stands in). */
export function storedJourneyMap(store: Store): StoredJourneyMap | undefined {
  const r = store.db.prepare('SELECT * FROM journey_map WHERE id = 1').get() as Row | undefined;
  return r ? { preset: r.preset, stages: r.stages, savedBy: r.saved_by, savedAt: r.saved_at } : undefined;
}
