import { roundMoney } from '../../core/money/index.ts';
import { TABLE_NAMES } from '../../ingest/contract.ts';
import { dimensionValuesQuery, type DimensionTables } from '../../sql/formula/dimension-values.ts';
import type { MeasureTable } from '../../sql/formula/measures.ts';
import { dimensionName } from './dimension-names.ts';
import { warehouseDimensions } from './dimensions.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** One value of a dimension, with what stands behind it. */
export interface DimensionValue {
  value: string;
  /** Order revenue with this value over all the data; null where only other tables have it. */
  revenue: number | null;
  /** Rows with this value, over every table that has the dimension. */
  rows: number;
}

/** A dimension the filters offer: its top values and how many there are in all. */
export interface DimensionList {
  dimension: string;
  /** Its name for people, in both languages. */
  label: { ru: string; en: string };
  values: DimensionValue[];
  /** Distinct values (matching the search, when searched); more than `values.length` means "search". */
  total: number;
}

export interface DimensionValuesRequest {
  /** Values per dimension (default 100). */
  top?: number;
  /** Only this dimension. */
  dimension?: string;
  /** Only values containing this text, case-insensitive. */
  search?: string;
}

/** The default list length: past it the picker searches the server. */
export const DIMENSION_TOP = 100;

/**
 * Every filterable dimension with its values, most revenue first, for the workbench's filter
 * pickers. One pushed-down statement (one GROUPING SETS scan per table) read through the
 * memoizing reader, so it is answered from memory until the next import.
 */
export async function dimensionValuesFor(
  ws: Workspace,
  req: DimensionValuesRequest = {},
): Promise<{ dimensions: DimensionList[] }> {
  const columns = await ws.columns();
  const known = warehouseDimensions(columns);
  if (req.dimension !== undefined && !known.includes(req.dimension))
    throw new UserError(
      {
        en: `unknown dimension "${req.dimension}": the data have ${known.join(', ') || '—'}`,
        ru: `неизвестное измерение «${req.dimension}»: в данных есть ${known.join(', ') || '—'}`,
      },
      'dimension',
    );
  const wanted = req.dimension === undefined ? known : [req.dimension];
  const tables: DimensionTables = TABLE_NAMES.filter((t) => columns.has(t)).map((t) => ({
    table: t as MeasureTable,
    dims: wanted.filter((d) => columns.get(t)!.has(d)),
    money: t === 'orders' && columns.get(t)!.has('revenue'),
  }));
  const lists = new Map<string, DimensionList>(
    wanted.map((d) => [d, { dimension: d, label: dimensionName(d), values: [], total: 0 }]),
  );
  if (tables.some((t) => t.dims.length > 0)) {
    const q = dimensionValuesQuery(ws.engine.dialect, tables, {
      top: req.top ?? DIMENSION_TOP,
      search: req.search?.trim() || undefined,
      dimension: req.dimension,
    });
    for (const r of await ws.reader.driver.query(q.sql, q.params)) {
      const list = lists.get(String(r['dim']));
      if (!list) continue;
      list.total = Number(r['total']);
      list.values.push({
        value: String(r['value']),
        revenue: r['revenue'] === null ? null : roundMoney(Number(r['revenue'])),
        rows: Number(r['n']),
      });
    }
  }
  return { dimensions: [...lists.values()] };
}
