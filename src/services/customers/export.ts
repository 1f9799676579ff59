import type { RfmCustomer } from './rfm.ts';
import type { Lang } from '../../i18n/index.ts';
import { columnsOf } from '../../files/export-columns.ts';
import { writeSheets } from '../../files/table-export.ts';
import { RFM_LINE_COLUMNS } from '../../sql/customers/rfm-scored.ts';

/** Export columns in a fixed order, so CRM import mappings keep working between releases. */
export const EXPORT_COLUMNS = [
  'customer_id',
  ...RFM_LINE_COLUMNS,
  'score',
  'segment',
  'first_order',
  'last_order',
  'tenure_days',
  'average_check',
  'tactic',
] as const satisfies ReadonlyArray<keyof RfmCustomer>;

/** Writes the plain RFM list (no contacts, no CLV) as CSV or XLSX; see exportCustomerList. */
export async function exportCustomers(
  file: string,
  rows: readonly RfmCustomer[],
  lang: Lang = 'en',
): Promise<void> {
  const sheet = {
    name: 'customers',
    ru: 'Клиенты',
    columns: columnsOf(EXPORT_COLUMNS),
    rows: rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])),
  };
  await writeSheets(file, [sheet], lang);
}
