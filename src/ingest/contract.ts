/**
 * The canonical data contract: which tables Fulcrum loads, their fields, kinds and keys. Header
 * mapping, validation, the warehouse DDL and docs/data-contract.md all derive from this one table.
 */

import { TABLE_NAMES, type TableName } from '../core/tables/index.ts';

// Declared in core so the API contract can name them without the importer; re-exported for callers.
export { TABLE_NAMES, type TableName };

/**
 * How a field's text is parsed and stored. Each kind has one parser (parse-sql.ts) and one column
 * type (warehouse-schema.ts), so a new kind fails to compile until both exist.
 */
export type FieldKind =
  | 'id'
  | 'text'
  | 'timestamp'
  | 'date'
  | 'month'
  | 'money'
  | 'quantity'
  | 'count'
  | 'lead_status'
  | 'cost_kind';

/** One canonical field. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** A file must have a column for it (and a value in every row). */
  readonly required: boolean;
  /** The warehouse column is NOT NULL (order_id is synthesised when a file lacks it). */
  readonly notNull: boolean;
  readonly description: string;
  readonly example: string;
}

/** One canonical table. */
export interface TableSpec {
  readonly name: TableName;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  /** Fields whose values identify a row: a re-import replaces stored rows with the same key. */
  readonly key: readonly string[];
  /** Extra headers become VARCHAR dimension columns (orders) instead of being ignored. */
  readonly dimensions: boolean;
}

const f = (
  name: string,
  kind: FieldKind,
  required: boolean,
  description: string,
  example: string,
  notNull = required,
): FieldSpec => ({ name, kind, required, notNull, description, example });

/** The contract, per table. */
export const CONTRACT: Record<TableName, TableSpec> = {
  orders: {
    name: 'orders',
    description: 'Orders or order lines (several lines may share one order_id).',
    key: ['order_id'],
    dimensions: true,
    fields: [
      f('order_id', 'id', false, 'Order number; without it every row is one order', '000123', true),
      f('customer_id', 'id', true, 'Customer id, phone or name as the CRM exports it', '00004'),
      f('ts', 'timestamp', true, 'Order date and time', '01.03.2024 14:05'),
      f('revenue', 'money', true, 'Line or order amount paid, roubles; negative is rejected', '1 234,50 ₽'),
      f('items', 'quantity', false, 'Quantity of goods; negative is rejected', '2'),
      f('cost', 'money', false, 'Cost of goods sold for the line', '800,00'),
      f('channel', 'text', false, 'Acquisition or sales channel', 'Яндекс Директ'),
      f('discount', 'money', false, 'Discount amount in roubles (not a percentage)', '100'),
    ],
  },
  leads: {
    name: 'leads',
    description: 'Leads or deals from a CRM with their outcome.',
    key: ['lead_id'],
    dimensions: false,
    fields: [
      f('lead_id', 'id', true, 'Lead or deal id', '18734'),
      f('ts', 'timestamp', true, 'Creation date', '01.03.2024 10:00:00'),
      f('channel', 'text', false, 'Lead source', 'Сайт'),
      f(
        'status',
        'lead_status',
        true,
        'accepted | rejected | converted (CRM stage names map)',
        'Успешно реализовано',
      ),
      f('customer_id', 'id', false, 'Customer id once the lead converted', '00004'),
    ],
  },
  spend: {
    name: 'spend',
    description: 'Marketing spend per day and channel.',
    key: ['date', 'channel'],
    dimensions: false,
    fields: [
      f('date', 'date', true, 'Day of the spend', '01.03.2024'),
      f('channel', 'text', true, 'Channel or ad system', 'Яндекс Директ'),
      f('amount', 'money', true, 'Spend in roubles', '12 500,00'),
      f('impressions', 'count', false, 'Impressions', '10000'),
      f('clicks', 'count', false, 'Clicks', '250'),
    ],
  },
  costs: {
    name: 'costs',
    description: 'Monthly costs by kind, for the profit formula.',
    key: ['month', 'kind'],
    dimensions: false,
    fields: [
      f('month', 'month', true, 'Month: 2024-03, 2024-03-01, 03.2024 or 01.03.2024', '03.2024'),
      f('kind', 'cost_kind', true, 'cogs | sga | other (Russian names map)', 'Коммерческие расходы'),
      f('amount', 'money', true, 'Amount in roubles', '150 000'),
    ],
  },
};

/** Columns every table has besides its fields: the import that wrote the row. */
export const IMPORT_ID_COLUMN = '_import_id';

/** Looks a table up by name, with a clear error for an unknown one. */
export function tableSpec(name: string): TableSpec {
  const spec = (CONTRACT as Record<string, TableSpec | undefined>)[name];
  if (!spec) throw new Error(`unknown table: ${name} (known: ${TABLE_NAMES.join(', ')})`);
  return spec;
}
