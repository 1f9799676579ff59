import type { Value } from '../engine.ts';

/**
 * DuckDB's JS conversion gives bigint for BIGINT/HUGEINT and Date for dates. Services want plain
 * JSON-able values, so integers become numbers (refusing silent precision loss) and dates ISO text.
 */
export function normaliseValue(v: unknown, column: string): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`column ${column}: integer ${v} does not fit a JavaScript number`);
    }
    return Number(v);
  }
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
