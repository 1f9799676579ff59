import { CONTRACT, TABLE_NAMES, type FieldKind } from '../../ingest/contract.ts';
import { TIME_DIMENSIONS } from '../../sql/formula/measures.ts';
import { UserError } from '../inputs/user-error.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';

// Contract fields that are amounts, dates or keys: a formula is sliced and filtered by the rest
// (channel, status, kind) and by every extra column an orders file brought (store, manager…).
const NOT_DIMENSION_KINDS: ReadonlySet<FieldKind> = new Set([
  'id',
  'timestamp',
  'date',
  'month',
  'money',
  'quantity',
  'count',
]);

const notDimension = (table: string, column: string): boolean =>
  column.startsWith('_') ||
  CONTRACT[table as keyof typeof CONTRACT].fields.some(
    (f) => f.name === column && NOT_DIMENSION_KINDS.has(f.kind),
  );

/**
 * Whether an orders column is a dimension (channel, store, manager…), not a key, a time or an
 * amount (order_id, customer_id, ts, revenue, items, cost, discount) nor an internal `_` column.
 * The one rule behind every list of order dimensions: /api/meta, the constraint, the customers'
 * grouping and the lever table's next step.
 */
export const isOrderDimension = (column: string): boolean => !notDimension('orders', column);

/** The dimensions among the orders' columns, sorted. */
export const orderDimensions = (columns: Iterable<string>): string[] =>
  [...columns].filter(isOrderDimension).sort();

/** The columns a formula may be filtered or sliced by: any loaded table's dimensions, sorted. */
export function warehouseDimensions(columns: WarehouseColumns): string[] {
  const out = new Set<string>();
  for (const table of TABLE_NAMES)
    for (const c of columns.get(table) ?? []) if (!notDimension(table, c)) out.add(c);
  return [...out].sort();
}

/**
 * Refuses a `by` or `filter` dimension no loaded table has, naming it and the ones there are.
 * Without this the measures of every table lacking it read "no data", and a typo answers with an
 * empty formula instead of an error. A dimension some tables lack is fine (their measures are "no
 * data", by design); an empty warehouse is left to the services' own "no orders yet".
 */
export function checkDimensions(
  columns: WarehouseColumns,
  req: { by?: readonly string[]; filters?: Readonly<Record<string, unknown>> },
): void {
  if (!TABLE_NAMES.some((t) => columns.has(t))) return;
  const known = warehouseDimensions(columns);
  const has = new Set(known);
  const check = (dim: string, field: 'by' | 'filter', time: readonly string[]): void => {
    if (has.has(dim) || time.includes(dim)) return;
    const list = [...known, ...time].join(', ') || '—';
    throw new UserError(
      {
        en: `unknown dimension "${dim}" in ${field}: the data have ${list}`,
        ru: `неизвестное измерение «${dim}» в ${field}: в данных есть ${list}`,
      },
      field,
    );
  };
  for (const dim of req.by ?? []) check(dim, 'by', TIME_DIMENSIONS);
  for (const dim of Object.keys(req.filters ?? {})) check(dim, 'filter', []);
}
