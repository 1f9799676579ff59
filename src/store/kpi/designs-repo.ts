import type { PositionSpec } from '../../core/kpi/index.ts';
import { toKopecks } from '../../core/money/index.ts';
import type { Store } from '../store.ts';

/** A KPI design as the company saved it for one formula tree. */
export interface SavedKpiDesign {
  model: string;
  /** Positions in the order they were saved; `kpis` a list (equal split) or KPI → weight. */
  positions: Array<PositionSpec & { name: string }>;
  updatedAt: string;
  updatedBy: number | null;
}

interface PositionRow {
  position_id: string;
  name: string;
  bonus_kopecks: number | null;
}

interface KpiRow {
  position_id: string;
  kpi: string;
  weight: number | null;
}

/**
 * Replaces the design saved for `model` in one transaction: a position missing from the new
 * design is gone, not left behind. A position given as a list stores NULL weights (equal split).
 */
export function saveKpiDesign(
  store: Store,
  d: { model: string; positions: readonly PositionSpec[]; updatedBy: number | null },
): SavedKpiDesign {
  const db = store.db;
  db.transaction(() => {
    db.prepare('DELETE FROM kpi_designs WHERE model = ?').run(d.model);
    db.prepare('INSERT INTO kpi_designs (model, updated_at, updated_by) VALUES (?, ?, ?)').run(
      d.model,
      store.clock().toISOString(),
      d.updatedBy,
    );
    const pos = db.prepare(
      'INSERT INTO kpi_design_positions (model, position_id, ord, name, bonus_kopecks) VALUES (?, ?, ?, ?, ?)',
    );
    const kpi = db.prepare(
      'INSERT INTO kpi_design_kpis (model, position_id, ord, kpi, weight) VALUES (?, ?, ?, ?, ?)',
    );
    d.positions.forEach((p, i) => {
      pos.run(d.model, p.id, i, p.name ?? p.id, p.bonus === undefined ? null : toKopecks(p.bonus));
      const entries: Array<[string, number | null]> = Array.isArray(p.kpis)
        ? p.kpis.map((k) => [k, null])
        : Object.entries(p.kpis);
      entries.forEach(([k, w], j) => kpi.run(d.model, p.id, j, k, w));
    });
  })();
  return loadKpiDesign(store, d.model)!;
}

/** The design saved for `model`, or undefined when none was. */
export function loadKpiDesign(store: Store, model: string): SavedKpiDesign | undefined {
  const head = store.db.prepare('SELECT * FROM kpi_designs WHERE model = ?').get(model) as
    { updated_at: string; updated_by: number | null } | undefined;
  if (!head) return undefined;
  const positions = store.db
    .prepare('SELECT * FROM kpi_design_positions WHERE model = ? ORDER BY ord')
    .all(model) as PositionRow[];
  const kpis = store.db
    .prepare('SELECT * FROM kpi_design_kpis WHERE model = ? ORDER BY position_id, ord')
    .all(model) as KpiRow[];
  return {
    model,
    positions: positions.map((p) => {
      const mine = kpis.filter((k) => k.position_id === p.position_id);
      // Weights are all set or all NULL: saveKpiDesign writes a position one way or the other.
      const weighted = mine.some((k) => k.weight !== null);
      return {
        id: p.position_id,
        name: p.name,
        kpis: weighted ? Object.fromEntries(mine.map((k) => [k.kpi, k.weight ?? 0])) : mine.map((k) => k.kpi),
        ...(p.bonus_kopecks === null ? {} : { bonus: p.bonus_kopecks / 100 }),
      };
    }),
    updatedAt: head.updated_at,
    updatedBy: head.updated_by,
  };
}

/** Models with a saved design, for listing. */
export function savedKpiDesignModels(store: Store): string[] {
  return (
    store.db.prepare('SELECT model FROM kpi_designs ORDER BY model').all() as Array<{ model: string }>
  ).map((r) => r.model);
}
