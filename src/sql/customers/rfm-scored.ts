import type { Axis, BinningPlan, Boundaries, RfmMeasure, SegmentRule } from '../../core/rfm/index.ts';
import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';

/**
 * RFM scoring pushed down to the warehouse. The per-customer values sit in a temporary table
 * (rfmColumnsQuery, made once per request); the pure core turns their distributions into breaks
 * and validates the segment rules; these queries then score, segment and summarise every
 * customer in SQL, so a million customers never cross into JavaScript unless a list of them is
 * asked for. Breaks and rule ranges are bound parameters.
 */

/** The values table as the scorer sees it: monetary present in both window modes. */
export function valuesRelation(d: Dialect, table: string, wholeHistory: boolean): string {
  // Over the whole history the table skips the windowed copy: monetary is the all-time revenue.
  const monetary = wholeHistory
    ? `, coalesce(${d.ident('revenue_all_time')}, 0) AS ${d.ident('monetary')}`
    : '';
  return `(SELECT *${monetary} FROM ${d.ident(table)}) AS ${d.ident('v')}`;
}

/** A measure as an expression over the values relation. */
export function measureExpr(d: Dialect, m: RfmMeasure): string {
  if (m !== 'average_check') return d.ident(m);
  const [f, money] = [d.ident('frequency'), d.ident('monetary')];
  return `CASE WHEN ${f} > 0 THEN ${money} / ${f} ELSE 0 END`;
}

/**
 * Measures the values table holds as INTEGER: grouped and compared as integers, which DuckDB
 * does in about half the time it takes for the same values cast to DOUBLE.
 */
const INTEGER_MEASURES: ReadonlySet<RfmMeasure> = new Set(['recency_days', 'frequency', 'orders_all_time']);

/** One distribution a strategy needs: an axis, its measure, and whether it counts whole units. */
export interface HistogramAsk {
  axis: string;
  measure: RfmMeasure;
  whole: boolean;
}

/**
 * The distinct values of each asked measure (whole units when `whole`: the floor of each) and how
 * many customers hold each, NULLs left out, in one query: rows carry `axis`, the ask's position
 * in `asks` (a number, read without converting text), ascending by value within it.
 */
export function histogramsQuery(
  d: Dialect,
  table: string,
  wholeHistory: boolean,
  asks: readonly HistogramAsk[],
): Sql {
  const [axis, v, n] = [d.ident('axis'), d.ident('value'), d.ident('customers')];
  const params: Sql['params'] = [];
  const parts = asks.map((a, i) => {
    params.push(i);
    // An integer column is its own floor, and groups faster as it is.
    const col = measureExpr(d, a.measure);
    const exact = INTEGER_MEASURES.has(a.measure);
    const expr = exact ? col : `CAST(${col} AS DOUBLE)`;
    return (
      `SELECT CAST(? AS INTEGER) AS ${axis}, CAST(${v} AS DOUBLE) AS ${v}, CAST(count(*) AS DOUBLE) AS ${n} FROM ` +
      `(SELECT ${a.whole && !exact ? `floor(${expr})` : expr} AS ${v} FROM ${valuesRelation(d, table, wholeHistory)}) AS ${d.ident('h')} ` +
      `WHERE ${v} IS NOT NULL GROUP BY ${v}`
    );
  });
  return { sql: `${parts.join(' UNION ALL ')} ORDER BY ${axis}, ${v}`, params };
}

/** What scoring needs beyond the table: the plan, its breaks and the validated rules. */
export interface ScoringSql {
  table: string;
  wholeHistory: boolean;
  plan: BinningPlan;
  boundaries: Boundaries;
  rules: readonly SegmentRule[];
}

// One plus the breaks at or below the value (binOf); a NULL value meets no break, as NaN in JS.
// Whole breaks on an integer measure are compared as integers (the same outcome, a cheaper test
// than casting every value to DOUBLE); fractional ones, which users may type, as doubles.
function binExpr(d: Dialect, measure: RfmMeasure, breaks: readonly number[], params: unknown[]): string {
  const expr = measureExpr(d, measure);
  const whole =
    INTEGER_MEASURES.has(measure) && breaks.every((b) => Number.isInteger(b) && Math.abs(b) < 2 ** 31);
  const terms = breaks.map((b) => {
    params.push(b);
    return ` + CASE WHEN ${expr} >= CAST(? AS ${whole ? 'INTEGER' : 'DOUBLE'}) THEN 1 ELSE 0 END`;
  });
  return `(1${terms.join('')})`;
}

/**
 * Every customer of the values table with r, f, m (1…n, R reversed) and `segment_index`, the
 * position of the one rule covering its cell (rules were validated: exactly one covers each).
 * Without `segments` the scores only: totals per cell get their segment in the core, one rule
 * lookup per cell instead of a CASE per customer.
 */
export function scoredRelation(d: Dialect, s: ScoringSql, segments = true): Sql {
  // Placeholders bind in text order: the segment CASE (outer query) comes before the scores.
  const caseParams: unknown[] = [];
  const scoreParams: unknown[] = [];
  const n = s.plan.bins;
  const axis = (a: Axis) => binExpr(d, s.plan.axes[a].measure, s.boundaries[a], scoreParams);
  const [r, f, m] = [d.ident('r'), d.ident('f'), d.ident('m')];
  const scores = `${n + 1} - ${axis('r')} AS ${r}, ${axis('f')} AS ${f}, ${axis('m')} AS ${m}`;
  const inRange = (col: string, range: readonly [number, number]) => {
    caseParams.push(range[0], range[1]);
    return `${col} BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)`;
  };
  const whens = s.rules.map((rule, i) => {
    const conds = [inRange(r, rule.r), inRange(f, rule.f), ...(rule.m ? [inRange(m, rule.m)] : [])];
    return `WHEN ${conds.join(' AND ')} THEN ${i}`;
  });
  const scoredOnly = `(SELECT *, ${scores} FROM ${valuesRelation(d, s.table, s.wholeHistory)})`;
  if (!segments)
    return { sql: `${scoredOnly} AS ${d.ident('scored')}`, params: scoreParams as Sql['params'] };
  const sql =
    `(SELECT *, CASE ${whens.join(' ')} END AS ${d.ident('segment_index')} FROM ` +
    `${scoredOnly} AS ${d.ident('x')}) AS ${d.ident('scored')}`;
  return { sql, params: [...caseParams, ...scoreParams] as Sql['params'] };
}

// Money is summed as exact decimals: a parallel sum of doubles changes in the last bits from run
// to run, and the same request must give the same figures. Each customer's double holds an
// exact kopeck amount, so the cast back is lossless.
const moneySum = (expr: string) => `CAST(sum(CAST(${expr} AS DECIMAL(18,2))) AS DOUBLE)`;

/**
 * Customers, orders, revenue and summed recency per score cell (r, f, m): at most n³ rows, from
 * which both the segment summary and the R × F grid are added up (the core gives each cell its
 * segment), so the scored base is read once for both. When no rule reads m (the default R × F
 * segments) the cells are (r, f) only and `m` is 0: a third fewer groups to build.
 */
export function cellTotalsQuery(d: Dialect, s: ScoringSql): Sql {
  const scored = scoredRelation(d, s, false);
  const byM = s.rules.some((rule) => rule.m);
  const keys = (byM ? ['r', 'f', 'm'] : ['r', 'f']).map((c) => d.ident(c)).join(', ');
  return {
    sql:
      `SELECT ${keys}${byM ? '' : `, 0 AS ${d.ident('m')}`}, CAST(count(*) AS DOUBLE) AS ${d.ident('customers')}, ` +
      `CAST(sum(${d.ident('frequency')}) AS DOUBLE) AS ${d.ident('orders')}, ` +
      `${moneySum(d.ident('monetary'))} AS ${d.ident('revenue')}, ` +
      `CAST(sum(${d.ident('recency_days')}) AS DOUBLE) AS ${d.ident('recency')} ` +
      `FROM ${scored.sql} GROUP BY ${keys} ORDER BY ${keys}`,
    params: scored.params,
  };
}

/**
 * A customer's RFM measures and scores, in their canonical order. The CRM export lists them in this
 * order too (services/customers/export.ts), which CRM import mappings rely on: reordering them here
 * reorders that file, and test/server/customers.test.ts pins it.
 */
export const RFM_LINE_COLUMNS = ['recency_days', 'frequency', 'monetary', 'r', 'f', 'm'] as const;

/** The numeric columns of a customer line, after its `customer_id`: the query selects them, the service reads them. */
export const CUSTOMER_LINE_NUMBERS = [...RFM_LINE_COLUMNS, 'segment_index', 'tenure_days'] as const;

/** The customer lines, by customer id, optionally of one segment only (pushed down as a filter). */
export function scoredCustomersQuery(d: Dialect, s: ScoringSql, segmentIndex?: number): Sql {
  const scored = scoredRelation(d, s);
  const cols = ['customer_id', ...CUSTOMER_LINE_NUMBERS].map((c) => d.ident(c));
  const where = segmentIndex === undefined ? '' : ` WHERE ${d.ident('segment_index')} = CAST(? AS INTEGER)`;
  return {
    sql: `SELECT ${cols.join(', ')} FROM ${scored.sql}${where} ORDER BY ${d.ident('customer_id')}`,
    params: segmentIndex === undefined ? scored.params : [...scored.params, segmentIndex],
  };
}

/**
 * The migration between two scorings of the same base, as cells: each customer of the second
 * date by its segment then (`from_index`, −1 when it had not bought yet) and now, with what it
 * spent after the first date up to the second.
 */
export function migrationCellsQuery(
  d: Dialect,
  before: ScoringSql | null,
  after: ScoringSql,
  from: string,
  to: string,
): Sql {
  const a = scoredRelation(d, after);
  const id = d.ident('customer_id');
  const [seg, fromIdx, toIdx] = [d.ident('segment_index'), d.ident('from_index'), d.ident('to_index')];
  const day = `CAST(${d.ident('ts')} AS DATE)`;
  const spent =
    `(SELECT ${id}, CAST(sum(${d.ident('revenue')}) AS DOUBLE) AS ${d.ident('spent')} FROM ${d.ident('orders')} ` +
    `WHERE ${id} IS NOT NULL AND ${day} > ${d.param('date')} AND ${day} <= ${d.param('date')} GROUP BY ${id}) AS ${d.ident('s')}`;
  const b = before ? scoredRelation(d, before) : null;
  // The "before" relation keeps only ids and segments, renamed so the join is unambiguous.
  const beforeJoin = b
    ? ` LEFT JOIN (SELECT ${id}, ${seg} AS ${fromIdx} FROM ${b.sql}) AS ${d.ident('b')} USING (${id})`
    : '';
  const fromExpr = b ? `coalesce(${fromIdx}, -1)` : '-1';
  return {
    sql:
      `SELECT ${fromExpr} AS ${fromIdx}, ${seg} AS ${toIdx}, CAST(count(*) AS DOUBLE) AS ${d.ident('customers')}, ` +
      `coalesce(${moneySum(d.ident('spent'))}, 0) AS ${d.ident('revenue')} ` +
      `FROM ${a.sql}${beforeJoin} LEFT JOIN ${spent} USING (${id}) GROUP BY 1, 2`,
    params: [...a.params, ...(b ? b.params : []), from, to],
  };
}
