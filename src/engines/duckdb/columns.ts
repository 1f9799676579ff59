import {
  DuckDBBigIntVector,
  DuckDBDoubleVector,
  DuckDBIntegerVector,
  type DuckDBDataChunk,
  type DuckDBVector,
} from '@duckdb/node-api';
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
        if (copyTyped(vector, out, at, n)) at += n;
        else for (let i = 0; i < n; i++) out[at++] = toNumber(vector.getItem(i), name);
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

// The typed array behind a DOUBLE, INTEGER or BIGINT vector (the package keeps it private).
interface TypedVector {
  items: Float64Array | Int32Array | BigInt64Array;
  validity: { data: unknown; itemValid(i: number): boolean };
}

/**
 * Copies a DOUBLE, INTEGER or BIGINT vector's items straight from its typed array (NULL as NaN);
 * false for other types, which go item by item.
 */
function copyTyped(vector: DuckDBVector, out: Float64Array, at: number, n: number): boolean {
  if (
    !(vector instanceof DuckDBDoubleVector) &&
    !(vector instanceof DuckDBIntegerVector) &&
    !(vector instanceof DuckDBBigIntVector)
  )
    return false;
  const { items, validity } = vector as unknown as TypedVector;
  if (items.length < n) return false;
  if (items instanceof BigInt64Array) for (let i = 0; i < n; i++) out[at + i] = Number(items[i]!);
  else if (n === items.length) out.set(items, at);
  else out.set(items.subarray(0, n), at);
  // No validity mask means every item is valid.
  if (validity.data) for (let i = 0; i < n; i++) if (!validity.itemValid(i)) out[at + i] = NaN;
  return true;
}

// Strings (the usual non-numeric column: ids) pass straight through; the rest as numbers or text.
function toJs(v: unknown): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const d = v as { toDouble?: () => number };
  return typeof d.toDouble === 'function' ? d.toDouble() : String(v);
}
