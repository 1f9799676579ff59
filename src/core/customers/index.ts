/** Customer-level rules shared by the customer lists: which columns are contacts. Pure. */
export { contactKind, contactColumns, CONTACT_KINDS, type ContactKind } from './contact-columns.ts';
