import type { Dialect } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';

/**
 * Each customer's latest non-empty value of every contact column, in one GROUP BY over
 * `orders`: a phone or e-mail that changed is taken from the most recent order that carries one.
 * All orders are read, not only those up to an as-of date: a list is for reaching people today.
 */
export function latestContactsQuery(d: Dialect, columns: readonly string[]): Sql {
  const id = d.ident('customer_id');
  const ts = d.ident('ts');
  const picks = columns.map((c) => {
    const col = d.ident(c);
    const text = `CAST(${col} AS VARCHAR)`;
    return `arg_max(${text}, ${ts}) FILTER (WHERE ${col} IS NOT NULL AND trim(${text}) <> '') AS ${col}`;
  });
  return {
    sql: `SELECT ${id}, ${picks.join(', ')} FROM ${d.ident('orders')} WHERE ${id} IS NOT NULL GROUP BY ${id}`,
    params: [],
  };
}
