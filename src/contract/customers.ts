/**
 * The /api/customers contract: query parameters and every answer, once. Routes validate with these
 * schemas, the services' result types are their outputs, and the workbench imports the types
 * (web/src/api/contract-customers.ts). Browser-safe: zod and the pure core only.
 */
export * from './customers/query.ts';
export * from './customers/rfm.ts';
export * from './customers/clv.ts';
export * from './customers/analytics.ts';
