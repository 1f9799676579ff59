/**
 * The API contract: every request and response shape once, as zod schemas that run in Node and
 * type the browser (the workbench imports types only, through web/src/api/types.ts). Pure: zod
 * and core only, no Node module.
 */
export * from './common.ts';
export * from './formula.ts';
export * from './models.ts';
export * from './accounts.ts';
export * from './imports.ts';
export * from './system.ts';
export * from './exports.ts';
export * from './journey.ts';
export { API_ROUTES, CORE_ROUTES, type RouteShape } from './api-routes.ts';
export { CUSTOMERS_ROUTES } from './customers/routes.ts';
export { KPI_ROUTES } from './kpi/routes.ts';
