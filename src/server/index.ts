/** The HTTP API and the workbench's host: a thin surface over src/services. */
export { createApp } from './app.ts';
export { startServer, type RunningServer } from './start.ts';
export { ACCESS, accessOf, type Access, type RouteKey } from './access.ts';
export { consoleLogger } from './logger.ts';
export type { AppDeps, AppEnv, Logger, Identity } from './types.ts';
