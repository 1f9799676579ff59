import type { Dialect } from './dialect.ts';
import type { Sql } from './measures.ts';

/**
 * Each customer's revenue after one date and up to another (both whole days: `from` excluded,
 * `to` included), in one GROUP BY over `orders`: what the customers of a migration cell spent
 * while they moved.
 */
export function revenueBetweenQuery(d: Dialect, from: string, to: string): Sql {
  const [id, revenue] = [d.ident('customer_id'), d.ident('revenue')];
  const day = `CAST(${d.ident('ts')} AS DATE)`;
  return {
    sql:
      `SELECT ${id}, CAST(sum(${revenue}) AS DOUBLE) AS ${revenue} FROM ${d.ident('orders')} ` +
      `WHERE ${id} IS NOT NULL AND ${day} > ${d.param('date')} AND ${day} <= ${d.param('date')} ` +
      `GROUP BY ${id} ORDER BY ${id}`,
    params: [from, to],
  };
}
