import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';
import { customerRows, type CustomerSummaryInput, type TimeUnit } from './customers.ts';

/** Which compressed inputs to return: BG/NBD's, Gamma-Gamma's or both. */
export type ClvInputModel = 'bgnbd' | 'gg';

/** Inputs of the compressed CLV fit inputs. */
export interface ClvInputsInput {
  /** Last day of calibration, inclusive (ISO date). */
  calibrationEnd: string;
  unit: TimeUnit;
  models: readonly ClvInputModel[];
  /** Order rows to read instead of the `orders` table (see CustomerSummaryInput.source). */
  source?: string;
  /** Ids of `source` still to be checked (see CustomerSummaryInput.rejectIds). */
  rejectIds?: CustomerSummaryInput['rejectIds'];
}

/**
 * Each model's likelihood compressed on only the columns it reads, in one scan of `orders`.
 * BG/NBD reads (x, t_x, T): grouping on those alone merges every customer of the same history
 * shape whatever they spent, where grouping on m_x too would keep almost every repeat buyer
 * apart. Gamma-Gamma reads (x, m_x) of repeat buyers with a positive average. Rows carry
 * `gg` (0 for BG/NBD's rows, which come first, 1 for Gamma-Gamma's), the model's columns (the
 * others 0) and the customers `w`, all numbers, so the result is read as typed arrays with no
 * per-row conversion; both grouping sets share the per-customer pass through GROUPING SETS.
 */
export function clvFitInputsQuery(d: Dialect, input: ClvInputsInput): Sql {
  const bgOnly = !input.models.includes('gg');
  const { sql: perCustomer, params } = customerRows(d, { ...input, noRevenue: bgOnly });
  const [x, tx, T, m] = ['x', 't_x', 'T', 'm_x'].map((c) => d.ident(c)) as [string, string, string, string];
  const bg = input.models.includes('bgnbd');
  const gg = input.models.includes('gg');
  if (!bg && !gg) throw new Error('clvFitInputsQuery: no model asked for');
  const repeat = `${x} > 0 AND ${m} > 0`;
  const from = `FROM (${perCustomer}) AS ${d.ident('c')}`;
  // The grouping set that leaves a column out gives it as NULL: read as 0, not as a masked value.
  const zeroed = (c: string) => `coalesce(${c}, 0) AS ${c}`;
  const cols = `CAST(${x} AS INTEGER) AS ${x}, ${bg ? `${zeroed(tx)}, ${zeroed(T)}` : `0 AS ${tx}, 0 AS ${T}`}, ${gg ? zeroed(m) : `0 AS ${m}`}`;
  const w = `CAST(count(*) AS INTEGER) AS ${d.ident('w')}`;
  const name = d.ident('gg');
  // GROUPING(m_x) is 1 in the set that leaves m_x out: BG/NBD's.
  const sql =
    bg && gg
      ? `SELECT CAST(1 - GROUPING(${m}) AS INTEGER) AS ${name}, ${cols}, ${w} ${from} ` +
        `GROUP BY GROUPING SETS ((${x}, ${tx}, ${T}), (${x}, ${m})) HAVING GROUPING(${m}) = 1 OR (${repeat})`
      : bg
        ? `SELECT 0 AS ${name}, ${cols}, ${w} ${from} GROUP BY ${x}, ${tx}, ${T}`
        : `SELECT 1 AS ${name}, ${cols}, ${w} ${from} WHERE ${repeat} GROUP BY ${x}, ${m}`;
  // A fixed order makes the fit's floating-point sums, and so its last digits, repeatable. The
  // engine sorts on one integer, the model then a 32-bit hash of the row: 0.12 s cheaper on
  // 1.2M rows than sorting on the hash and the five columns. `order_key` is returned so the
  // caller can put the rare rows sharing a key in order by value (core/clv/break-ties.ts).
  // Every column is INTEGER or DOUBLE (the key, below 2^33, is exact as one): a BIGINT column
  // is read into JavaScript a value at a time, 25–50 ms per 1.2M values, the others copied whole.
  const key = d.ident('order_key');
  const outer = `SELECT *, CAST(${name} * 4294967296 + ${d.hash32([x, tx, T, m])} AS DOUBLE) AS ${key} FROM (${sql}) AS ${d.ident('g')}`;
  return { sql: `${outer} ORDER BY ${key}`, params };
}
