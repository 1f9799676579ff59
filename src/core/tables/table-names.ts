/**
 * The four tables a company loads. Pure data, so the API contract (read by the browser too), the
 * formula measures and the importer name them from one place (src/ingest/contract.ts holds the
 * rest of the data contract: fields, kinds, keys).
 */

/** The four loadable tables. */
export type TableName = 'orders' | 'leads' | 'spend' | 'costs';
export const TABLE_NAMES = ['orders', 'leads', 'spend', 'costs'] as const satisfies readonly TableName[];
