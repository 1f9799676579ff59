import type { FormulaTree, MeasureSpec, MeasureValues } from '../../core/formula/types.ts';
import { BUILTIN_MEASURES } from '../../core/formula/measures.ts';
import type { Period } from '../../core/period/index.ts';
import type { Engine } from '../../engines/engine.ts';
import {
  byColumn,
  isTimeDimension,
  measureColumn,
  measureQuery,
  type MeasureTable,
} from '../../sql/formula/measures.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';

/** What to fetch: the tree's measures for named periods, a filter and an optional slice. */
export interface MeasureRequest {
  tree: FormulaTree;
  periods: ReadonlyArray<{ name: string; period: Period }>;
  filters?: Readonly<Record<string, readonly string[]>>;
  by?: readonly string[];
}

/** Measure values per period name, then per slice key ('' when not sliced). */
export type MeasureGrid = Map<string, Map<string, MeasureValues>>;

/** Key of a slice row: the dimension values joined, as users read them. */
export const sliceKey = (values: readonly string[]): string => values.join(' · ');

function measureIdsOf(tree: FormulaTree): string[] {
  const ids = new Set<string>();
  for (const n of tree.nodes) if (n.kind === 'measure') ids.add(n.measure);
  return [...ids];
}

/** Resolves measure ids (with their fallbacks, transitively) to specs. */
function resolveSpecs(tree: FormulaTree): Map<string, MeasureSpec> {
  const out = new Map<string, MeasureSpec>();
  const visit = (id: string): void => {
    if (out.has(id)) return;
    const spec = tree.measures?.[id] ?? BUILTIN_MEASURES[id];
    if (!spec) throw new Error(`unknown measure "${id}"`);
    out.set(id, spec);
    if (spec.fallback) visit(spec.fallback);
  };
  measureIdsOf(tree).forEach(visit);
  return out;
}

/**
 * Fetches every measure a tree needs with one query per table. A measure is "no data" (null) when
 * its table or column is missing, when a filter or slice names a dimension its table lacks, or when
 * no row matched; a measure with a fallback takes the fallback's value in that case.
 */
export async function fetchMeasures(
  engine: Engine,
  columns: WarehouseColumns,
  req: MeasureRequest,
): Promise<MeasureGrid> {
  const specs = resolveSpecs(req.tree);
  const by = req.by ?? [];
  const filters = req.filters ?? {};
  const grid: MeasureGrid = new Map(req.periods.map((p) => [p.name, new Map()]));
  const byTable = new Map<MeasureTable, Array<{ id: string; spec: MeasureSpec }>>();
  for (const [id, spec] of specs) {
    const cols = columns.get(spec.table);
    const usable =
      cols !== undefined &&
      (!spec.column || cols.has(spec.column)) &&
      Object.keys(spec.where ?? {}).every((c) => cols.has(c)) &&
      by.every((c) => isTimeDimension(c) || cols.has(c)) &&
      Object.keys(filters).every((c) => cols.has(c));
    if (!usable) continue;
    if (!byTable.has(spec.table)) byTable.set(spec.table, []);
    byTable.get(spec.table)!.push({ id, spec });
  }
  const raw = new Map<string, Map<string, Record<string, number | null>>>();
  for (const [table, measures] of byTable) {
    const q = measureQuery(engine.dialect, { table, measures, periods: req.periods, filters, by });
    for (const row of await engine.driver.query(q.sql, q.params)) {
      const period = String(row['_period']);
      const key = sliceKey(by.map((d) => (row[byColumn(d)] === null ? '∅' : String(row[byColumn(d)]))));
      if (!raw.has(period)) raw.set(period, new Map());
      const slot = raw.get(period)!;
      if (!slot.has(key)) slot.set(key, {});
      for (const { id } of measures) {
        const v = row[measureColumn(id)];
        slot.get(key)![id] = v === null || v === undefined ? null : Number(v);
      }
    }
  }
  for (const { name } of req.periods) {
    const slot = raw.get(name) ?? new Map<string, Record<string, number | null>>();
    const keys = by.length === 0 ? [''] : [...slot.keys()].sort();
    for (const key of keys) {
      const got = slot.get(key) ?? {};
      const values: MeasureValues = {};
      const valueOf = (id: string): number | null => {
        const v = got[id] ?? null;
        const fb = specs.get(id)?.fallback;
        return v === null && fb ? valueOf(fb) : v;
      };
      for (const id of specs.keys()) values[id] = valueOf(id);
      grid.get(name)!.set(key, values);
    }
  }
  return grid;
}
