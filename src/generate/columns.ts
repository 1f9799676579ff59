/** Canonical columns of the four files and their types when written as Parquet. */
import type { SqlType } from '../sql/dialect.ts';

/** A column type: a dialect SqlType, or a plain INTEGER for counts of units. */
export type ColumnType = SqlType | 'integer';

/** The generated files. */
export type FileKind = 'orders' | 'leads' | 'spend' | 'costs';

/** Column names and types per file, in file order. */
export const COLUMNS: Record<FileKind, readonly (readonly [string, ColumnType])[]> = {
  orders: [
    ['order_id', 'varchar'],
    ['customer_id', 'varchar'],
    ['ts', 'timestamp'],
    ['revenue', 'money'],
    ['items', 'integer'],
    ['cost', 'money'],
    ['channel', 'varchar'],
    ['discount', 'money'],
    ['store', 'varchar'],
    ['region', 'varchar'],
    ['manager', 'varchar'],
    ['category', 'varchar'],
  ],
  leads: [
    ['lead_id', 'varchar'],
    ['ts', 'timestamp'],
    ['channel', 'varchar'],
    ['status', 'varchar'],
    ['customer_id', 'varchar'],
  ],
  spend: [
    ['date', 'date'],
    ['channel', 'varchar'],
    ['amount', 'money'],
    ['impressions', 'bigint'],
    ['clicks', 'bigint'],
  ],
  costs: [
    ['month', 'date'],
    ['kind', 'varchar'],
    ['amount', 'money'],
  ],
};

/** The CSV header line of a file. */
export function header(kind: FileKind): string {
  return COLUMNS[kind].map(([name]) => name).join(',');
}
