import { totalmem } from 'node:os';
import { EngineError } from '../engine-error.ts';

/** The environment variable that sets the warehouse's memory cap, e.g. `FULCRUM_MEMORY_LIMIT=4GB`. */
export const MEMORY_LIMIT_ENV = 'FULCRUM_MEMORY_LIMIT';

/** The default cap, at most: a 2 GB export imports in 512 MB (test/ingest/big-file-check.ts). */
const DEFAULT_CAP_MB = 2048;

/**
 * The cap without a setting: 2 GB, or half the machine's memory when that is less. DuckDB's own
 * default is 80 % of RAM, too much on a server Fulcrum shares with others; beyond its cap DuckDB
 * spills to a folder beside the warehouse file instead.
 */
export function defaultMemoryLimit(total: number = totalmem()): string {
  return `${Math.min(DEFAULT_CAP_MB, Math.floor(total / 2 / 1024 ** 2))}MB`;
}

/** A size as DuckDB reads it: a number and a unit (`512MB`, `4GB`, `1.5GiB`). */
const SIZE = /^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/**
 * The memory_limit for a warehouse: the one asked for, else FULCRUM_MEMORY_LIMIT, else the
 * default. An in-memory database (`:memory:`, scratch engines and tests) is left to DuckDB: it
 * has no folder to spill to, so a cap would turn a large query into an out-of-memory error.
 */
export function memoryLimitFor(
  path: string,
  asked: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (asked) return asked;
  if (path === ':memory:') return undefined;
  const set = env[MEMORY_LIMIT_ENV]?.trim();
  if (!set) return defaultMemoryLimit();
  if (!SIZE.test(set))
    throw new EngineError('duckdb', new Error(`${MEMORY_LIMIT_ENV}=${set}`), {
      en: `${MEMORY_LIMIT_ENV}=${set} is not a size; write it as 512MB, 4GB or similar`,
      ru: `${MEMORY_LIMIT_ENV}=${set} — не размер; укажите, например, 512MB или 4GB`,
    });
  return set;
}
