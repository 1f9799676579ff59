import { contactsFor } from './contacts.ts';
import { rfmFor, type RfmRequest } from './rfm.ts';
import type { CustomerList, ListedCustomer } from '../../contract/customers.ts';
import { EXPORT_COLUMNS } from './export.ts';
import { customerValuesFor, type CustomerValueRequest, type CustomerValues } from './value.ts';
import type { Lang } from '../../i18n/index.ts';
import { columnsOf } from '../../files/export-columns.ts';
import { writeSheets, type ExportCell, type ExportSheet } from '../../files/table-export.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What `fulcrum rfm` asks for: scores and segments, plus CLV when a model is to be fitted. */
export interface CustomerListRequest extends RfmRequest {
  /** Fit the purchase model (BG/NBD or Pareto/NBD) + Gamma-Gamma up to the as-of date and value every listed customer. */
  clv?: Omit<CustomerValueRequest, 'calibrationEnd'>;
}

/** A listed customer: the RFM line, the contacts found, and the model's view when fitted. */
export type { ListedCustomer };

/**
 * The RFM result with contacts and, when asked, the CLV models' parameters: the contract's
 * CustomerList with every customer, before the route counts them (`total`) and keeps a page.
 */
export type CustomerListResult = Omit<CustomerList, 'total'>;

/** Scores and segments customers, and adds what a CRM list needs: contacts and expected value. */
export async function customerListFor(
  ws: Workspace,
  req: CustomerListRequest,
  lang: Lang = 'en',
): Promise<CustomerListResult> {
  const rfm = await rfmFor(ws, req, lang);
  const contacts = await contactsFor(ws);
  const values = req.clv ? await customerValuesFor(ws, { ...req.clv, calibrationEnd: rfm.asOf }) : null;
  const byId = new Map(values?.customers.map((c) => [c.customer_id, c]));
  const empty = Object.fromEntries(contacts.columns.map((c) => [c, null]));
  const customers = rfm.customers.map((c): ListedCustomer => {
    const line: ListedCustomer = { ...c, contacts: contacts.byCustomer.get(c.customer_id) ?? { ...empty } };
    const v = byId.get(c.customer_id);
    if (values && v) {
      line.p_alive = v.p_alive;
      line.expected_purchases = v.expected_purchases;
      line.expected_average_value = v.expected_average_value;
      line.clv = v.clv;
      line.p_alive_model = values.model;
    }
    return line;
  });
  const clv = values && withoutCustomers(values);
  return { ...rfm, contactColumns: contacts.columns, clv, customers };
}

// The fit's description without its own per-customer list (merged into the RFM lines above).
function withoutCustomers(v: CustomerValues): Omit<CustomerValues, 'customers'> {
  const { customers: _merged, ...fits } = v;
  return fits;
}

/**
 * The CLV columns a list carries when a model was fitted; `p_alive_model` names the purchase
 * model, so a list loaded into a CRM says where its P(alive) came from.
 */
export const LIST_VALUE_COLUMNS = [
  'p_alive',
  'expected_purchases',
  'expected_average_value',
  'clv',
  'p_alive_model',
] as const;

/**
 * The export's columns: the stable RFM columns, then the contact columns found in the data,
 * then the CLV columns when a model was fitted.
 */
export function listColumns(res: CustomerListResult): string[] {
  return [...EXPORT_COLUMNS, ...res.contactColumns, ...(res.clv ? LIST_VALUE_COLUMNS : [])];
}

/** The list as the export's sheet `customers`, in `listColumns` order. */
export function customerListSheet(res: CustomerListResult): ExportSheet {
  const rows = res.customers.map((c): ExportCell[] => [
    ...EXPORT_COLUMNS.map((k) => c[k]),
    ...res.contactColumns.map((k) => c.contacts[k]),
    ...(res.clv ? LIST_VALUE_COLUMNS.map((k) => c[k]) : []),
  ]);
  return { name: 'customers', ru: 'Клиенты', columns: columnsOf(listColumns(res)), rows };
}

/** Writes the list to FILE.csv or FILE.xlsx (sheet `customers`); returns the paths written. */
export async function exportCustomerList(
  file: string,
  res: CustomerListResult,
  lang: Lang = 'en',
): Promise<string[]> {
  return writeSheets(file, [customerListSheet(res)], lang);
}
