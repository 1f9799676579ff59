import { attribute, leverTable, type FormulaTree, type LeverTable } from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import { isTimeDimension } from '../../sql/formula/measures.ts';
import { fetchMeasures, sliceKey } from '../formula/measure-fetch.ts';
import { checkDimensions } from './dimensions.ts';
import { evaluated, type Evaluated } from '../formula/formula.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { foldMissingLevers, mergeFolded, type Folded } from '../formula/fold-missing.ts';

/** One cell of a sliced analysis (a month × channel × store, say). */
export interface SliceCell extends Evaluated {
  key: string;
  keys: Record<string, string>;
  leverTable: LeverTable;
}

/** The change of a series between consecutive time cells, split among levers. */
export interface SliceStep {
  /** The non-time part of the key (channel · store). */
  series: string;
  from: string;
  to: string;
  change: number;
  contributions: Record<string, number>;
}

/** Every cell's formula and lever table, and month-over-month attribution along each series. */
export interface SliceAnalysis {
  model: string;
  period: Period;
  by: string[];
  cells: SliceCell[];
  steps: SliceStep[];
  /** Steps whose split failed (a lever at zero or without data in one of the months). */
  skipped: number;
}

/**
 * The formula, lever table and attribution for every cell of a slice, from one scan per table.
 * With a time dimension among `by`, each series (the other dimensions) is attributed from one
 * time cell to the next.
 */
export async function analyseSlices(
  ws: Workspace,
  req: { tree: FormulaTree; period: Period; by: string[]; step?: number; method?: string },
): Promise<SliceAnalysis> {
  const columns = await ws.columns();
  checkDimensions(columns, { by: req.by });
  const grid = await fetchMeasures(ws.reader, columns, {
    tree: req.tree,
    periods: [{ name: 'period', period: req.period }],
    by: req.by,
  });
  const cells: SliceCell[] = [];
  const folded = new Map<string, Folded | null>();
  for (const [key, measures] of grid.get('period') ?? new Map()) {
    const parts = key.split(' · ');
    const e = evaluated(req.tree, measures);
    const f = foldMissingLevers(req.tree, e.nodes, measures['revenue'] ?? null);
    folded.set(key, f);
    cells.push({
      key,
      keys: Object.fromEntries(req.by.map((d, i) => [d, parts[i] ?? ''])),
      ...e,
      leverTable: leverTable(req.tree, f?.values ?? e.nodes, req.step ?? 0.2),
    });
  }
  const time = req.by.find(isTimeDimension);
  const steps: SliceStep[] = [];
  let skipped = 0;
  if (time) {
    const rest = req.by.filter((d) => d !== time);
    const series = new Map<string, SliceCell[]>();
    for (const c of cells) {
      const s = sliceKey(rest.map((d) => c.keys[d] ?? ''));
      if (!series.has(s)) series.set(s, []);
      series.get(s)!.push(c);
    }
    for (const [s, list] of series) {
      list.sort((a, b) => (a.keys[time] ?? '').localeCompare(b.keys[time] ?? ''));
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1]!;
        const cur = list[i]!;
        const a = folded.get(prev.key);
        const b = folded.get(cur.key);
        const res =
          a && b
            ? attribute(
                { tree: req.tree, before: a.values, after: b.values, target: req.tree.revenue },
                { method: req.method ?? 'lmdi' },
              )
            : null;
        if (!res?.ok) {
          skipped++;
          continue;
        }
        const contributions = mergeFolded(res.contributions, [
          ...new Set([...(a?.folded ?? []), ...(b?.folded ?? [])]),
        ]);
        steps.push({
          series: s,
          from: prev.keys[time] ?? '',
          to: cur.keys[time] ?? '',
          change: res.change,
          contributions,
        });
      }
    }
  }
  return { model: req.tree.id, period: req.period, by: req.by, cells, steps, skipped };
}
