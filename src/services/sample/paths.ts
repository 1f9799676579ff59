import { join } from 'node:path';

/**
 * Where `npm start` keeps the sample company: generated files and the warehouse beside them. Apart
 * from sample.ts (which builds it) so that naming the place — every CLI command's `--sample` help
 * does — does not load the generator and the importer.
 */
export const SAMPLE_DIR = join('.fulcrum', 'sample');
export const SAMPLE_DB = join(SAMPLE_DIR, 'fulcrum.duckdb');
