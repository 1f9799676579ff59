import type { Engine } from '../../engines/engine.ts';
import { trailingPeriods, type Period } from '../../core/period/index.ts';
import type { WarehouseColumns } from './columns.ts';
import { UserError } from '../inputs/user-error.ts';

/** The first and last order dates in the warehouse, or null when there are no orders. */
export async function orderDateRange(
  engine: Engine,
  columns: WarehouseColumns,
): Promise<{ first: string; last: string } | null> {
  if (!columns.has('orders')) return null;
  const [row] = await engine.driver.query('SELECT min(ts) AS first, max(ts) AS last FROM orders');
  if (!row || row['last'] === null) return null;
  return { first: String(row['first']).slice(0, 10), last: String(row['last']).slice(0, 10) };
}

/**
 * Default periods when the user gives none: the last 12 complete months of the data and the 12
 * before. An empty warehouse is an error that says what to do.
 */
export async function defaultPeriods(
  engine: Engine,
  columns: WarehouseColumns,
): Promise<{ current: Period; previous: Period }> {
  const range = await orderDateRange(engine, columns);
  if (!range) {
    throw new UserError({
      en: 'the warehouse has no orders yet: import a file with `fulcrum import FILE --table orders`',
      ru: 'в хранилище ещё нет заказов: загрузите файл командой `fulcrum import ФАЙЛ --table orders`',
    });
  }
  return trailingPeriods(range.last, 12);
}
