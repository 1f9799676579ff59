import type { z } from 'zod';
import type { CoverageSchema } from '../../contract/formula.ts';
import {
  BUILTIN_MEASURES,
  indexNodes,
  type FormulaTree,
  type MeasureSpec,
  type NodeValues,
} from '../../core/formula/index.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';
import { rememberedFact } from '../warehouse/facts.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** A canonical table a user imports. */
export type DataTable = MeasureSpec['table'];

/**
 * What the loaded data covers of a tree: the levers the numbers were computed over, which lever
 * stands in for missing ones, and which file would give each figure that has no data.
 */
export type Coverage = z.output<typeof CoverageSchema>;

const DATA_TABLES: readonly DataTable[] = ['orders', 'leads', 'spend', 'costs'];

/**
 * The warehouse's columns of the tables that hold at least one row: the tables exist from the
 * start, so "was the leads file imported" is whether `leads` has a row. Learnt once per
 * warehouse version (one EXISTS probe per table, no scan).
 */
export async function loadedColumns(ws: Workspace, columns: WarehouseColumns): Promise<WarehouseColumns> {
  const present = DATA_TABLES.filter((t) => columns.has(t));
  if (present.length === 0) return new Map();
  const fact = await rememberedFact(ws, 'tables.loaded', async () => {
    // Table names come from the fixed list above, never from input.
    const sql = `SELECT ${present.map((t) => `EXISTS (SELECT 1 FROM "${t}") AS "${t}"`).join(', ')}`;
    const [row] = await ws.engine.driver.query(sql);
    return present.filter((t) => row?.[t] === true).join(',');
  });
  const loaded = new Set(fact.split(',').filter(Boolean));
  return new Map([...columns].filter(([t]) => loaded.has(t)));
}

/** The tables a measure could come from (itself, then its fallbacks) that the warehouse lacks. */
function absentTables(tree: FormulaTree, measure: string, columns: WarehouseColumns): DataTable[] {
  const out: DataTable[] = [];
  const seen = new Set<string>();
  let id: string | undefined = measure;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const spec: MeasureSpec | undefined = tree.measures?.[id] ?? BUILTIN_MEASURES[id];
    if (!spec) break;
    // A loaded table with the column (or, for a count, any loaded table) can answer; the file is there.
    const cols = columns.get(spec.table);
    if (cols !== undefined && (!spec.column || cols.has(spec.column))) return [];
    if (cols === undefined && !out.includes(spec.table)) out.push(spec.table);
    id = spec.fallback;
  }
  return out;
}

/** For every node without data, the tables beneath it not loaded (absent from `loaded`) that would give it. */
export function needsOf(
  tree: FormulaTree,
  evaluations: readonly NodeValues[],
  loaded: WarehouseColumns,
): Record<string, DataTable[]> {
  const nodes = indexNodes(tree);
  const isNull = (id: string): boolean => evaluations.some((v) => (v[id] ?? null) === null);
  const memo = new Map<string, DataTable[]>();
  const walk = (id: string): DataTable[] => {
    const hit = memo.get(id);
    if (hit) return hit;
    memo.set(id, []);
    const node = nodes.get(id);
    let got: DataTable[] = [];
    if (node && isNull(id)) {
      if (node.kind === 'measure') got = absentTables(tree, node.measure, loaded);
      else got = [...new Set(node.of.filter(isNull).flatMap(walk))];
    }
    memo.set(id, got);
    return got;
  };
  const out: Record<string, DataTable[]> = {};
  for (const n of tree.nodes) {
    const t = walk(n.id);
    if (t.length > 0) out[n.id] = t;
  }
  return out;
}

/**
 * The loaded tables the tree reads that carry none of `dims` (the filter's and the slice's
 * columns): their figures cannot be narrowed by them and are left blank (see Coverage.unfiltered).
 */
export function unfilteredTables(
  tree: FormulaTree,
  loaded: WarehouseColumns,
  dims: readonly string[],
): Partial<Record<DataTable, string[]>> | undefined {
  if (dims.length === 0) return undefined;
  const used = new Set<DataTable>();
  for (const n of tree.nodes) {
    if (n.kind !== 'measure') continue;
    const spec: MeasureSpec | undefined = tree.measures?.[n.measure] ?? BUILTIN_MEASURES[n.measure];
    if (spec) used.add(spec.table);
  }
  const out: Partial<Record<DataTable, string[]>> = {};
  for (const table of DATA_TABLES) {
    const cols = loaded.get(table);
    if (!cols || !used.has(table)) continue;
    const lacking = [...new Set(dims)].filter((d) => !cols.has(d));
    if (lacking.length) out[table] = lacking;
  }
  return Object.keys(out).length ? out : undefined;
}
