import type { DuckDBDataChunk } from '@duckdb/node-api';
import type { ColumnResult, Value } from '../engine.ts';
import { normaliseValue } from './normalise.ts';

// A vector item as a double: numbers as they are, BIGINT and HUGEINT converted, NULL as NaN.
function toNumber(v: unknown, column: string): number {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  // DECIMAL values carry their own conversion.
  const d = v as { toDouble?: () => number };
  if (typeof d.toDouble === 'function') return d.toDouble();
  throw new Error(`column ${column} is not numeric`);
}

/**
 * A materialised result's chunks read by column. Numeric columns are copied item by item into
 * one Float64Array straight from the vectors, skipping the per-value JS conversion and the row
 * objects; other columns are converted lazily, on first use.
 */
export function readColumns(names: readonly string[], chunks: readonly DuckDBDataChunk[]): ColumnResult {
  const rowCount = chunks.reduce((s, c) => s + c.rowCount, 0);
  const indexOf = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in the result (${names.join(', ')})`);
    return i;
  };
  return {
    rowCount,
    numbers(name) {
      const j = indexOf(name);
      const out = new Float64Array(rowCount);
      let at = 0;
      for (const chunk of chunks) {
        const vector = chunk.getColumnVector(j);
        const n = chunk.rowCount;
        for (let i = 0; i < n; i++) out[at++] = toNumber(vector.getItem(i), name);
      }
      return out;
    },
    values(name) {
      const j = indexOf(name);
      const out: Value[] = new Array<Value>(rowCount);
      let at = 0;
      for (const chunk of chunks) {
        const column = chunk.getColumnValues(j);
        for (const v of column) out[at++] = normaliseValue(typeof v === 'string' ? v : toJs(v), name);
      }
      return out;
    },
  };
}

// Strings (the usual non-numeric column: ids) pass straight through; the rest as numbers or text.
function toJs(v: unknown): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const d = v as { toDouble?: () => number };
  return typeof d.toDouble === 'function' ? d.toDouble() : String(v);
}
