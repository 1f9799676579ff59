import { parseDateOption, parsePeriodOption } from '../inputs/periods.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { UserError } from '../inputs/user-error.ts';
import { orderDimensions } from '../slicing/dimensions.ts';
import { FIELD, phrase } from '../../i18n/index.ts';
import type { Period } from '../../core/period/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { WarehouseColumns } from '../warehouse/columns.ts';
import { addDays, isoDateOf } from '../../core/calendar/index.ts';

/** The orders a customer analysis looks at: up to the as-of date, with the table's columns. */
export interface Observation {
  /** Last day observed, inclusive (ISO). */
  asOf: string;
  /** First and last order dates in the warehouse. */
  first: string;
  last: string;
  /** The as-of month when the as-of date is not its last day (that month is counted in part). */
  partialMonth: string | null;
  orderColumns: ReadonlySet<string>;
  columns: WarehouseColumns;
}

/** Month index (year × 12 + month − 1) of an ISO date, as core/period counts months. */
export const monthIndexOf = (iso: string): number =>
  Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * Checks the as-of date against the data (default: the last order date): an empty warehouse, a
 * malformed date, a date before the first order or in the future are the user's to fix.
 */
export async function observeOrders(ws: Workspace, asOf: string | undefined): Promise<Observation> {
  const columns = await ws.columns();
  const range = await orderDateRange(ws.engine, columns);
  if (!range) throw new UserError(phrase('customers.noOrders'));
  const day = asOf === undefined ? range.last : parseDateOption(asOf, 'asof');
  if (day < range.first)
    throw new UserError(phrase('customers.noOrdersBefore', { asOf: day, first: range.first }), 'asof');
  const today = isoDateOf(ws.clock());
  if (day > today && day > range.last)
    throw new UserError(phrase('customers.asOfFuture', { asOf: day, today }), 'asof');
  const next = addDays(day, 1);
  return {
    asOf: day,
    first: range.first,
    last: range.last,
    partialMonth: next.slice(0, 7) === day.slice(0, 7) ? day.slice(0, 7) : null,
    orderColumns: columns.get('orders') ?? new Set(),
    columns,
  };
}

/** Acquisition months kept by `--period` (default: every month up to the as-of date). */
export function cohortMonths(
  period: string | undefined,
  obs: Observation,
): { fromMonth: number; toMonth: number; period: Period | null } {
  if (!period) return { fromMonth: monthIndexOf(obs.first), toMonth: monthIndexOf(obs.asOf), period: null };
  const p = parsePeriodOption(period, 'period');
  return { fromMonth: monthIndexOf(p.from), toMonth: monthIndexOf(p.to) - 1, period: p };
}

/** An orders column to group or label by, or a UserError listing the ones there are. */
export function orderDimension(obs: Observation, name: string, field: string): string {
  const dims = orderDimensions(obs.orderColumns);
  if (dims.includes(name)) return name;
  const list = dims.length ? dims.join(', ') : '—';
  throw new UserError(
    {
      en: `the orders have no column "${name}" for ${FIELD}: use one of ${list}`,
      ru: `в заказах нет столбца «${name}» для ${FIELD}: есть ${list}`,
    },
    field,
  );
}
