/**
 * Use cases: the CLI and the HTTP API call only these. Each folder is one domain and its index.ts
 * names what the domain offers; this file gathers them so a surface imports from one place.
 */
export * from './warehouse/index.ts';
export * from './formula/index.ts';
export * from './slicing/index.ts';
export * from './inputs/index.ts';
export * from './customers/index.ts';
export * from './kpi/index.ts';
export * from './accounts/index.ts';
export * from './sample/index.ts';
export * from './export/index.ts';
export * from './journey/index.ts';
