/**
 * The /api/customers contract: query parameters and every answer, once. Routes validate with these
 * schemas, the services' result types are their outputs, and the workbench imports the types
 * (web/src/api/types.ts) and calls the routes by name (customers/routes.ts, part of the route
 * table). Browser-safe: zod and the pure core only.
 */
export * from './customers/query.ts';
export * from './customers/rfm.ts';
export * from './customers/clv.ts';
export * from './customers/analytics.ts';
export { CUSTOMERS_ROUTES } from './customers/routes.ts';
