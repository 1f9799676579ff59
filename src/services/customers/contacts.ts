import { contactColumns } from '../../core/customers/index.ts';
import { latestContactsQuery } from '../../sql/customers/contacts.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Contact columns found on `orders` and each customer's latest value of them. */
export interface CustomerContacts {
  /** Warehouse column names, phones first (see docs/customers.md for the rule). */
  columns: string[];
  byCustomer: Map<string, Record<string, string | null>>;
}

/** Reads the customers' contacts; no contact columns means no query at all. */
export async function contactsFor(ws: Workspace): Promise<CustomerContacts> {
  const columns = contactColumns((await ws.columns()).get('orders') ?? []);
  const byCustomer = new Map<string, Record<string, string | null>>();
  if (columns.length === 0) return { columns, byCustomer };
  const q = latestContactsQuery(ws.engine.dialect, columns);
  for (const row of await ws.engine.driver.query(q.sql, q.params)) {
    const contacts: Record<string, string | null> = {};
    for (const c of columns) contacts[c] = row[c] === null || row[c] === undefined ? null : String(row[c]);
    byCustomer.set(String(row.customer_id), contacts);
  }
  return { columns, byCustomer };
}
