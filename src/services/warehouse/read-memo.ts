import type { Engine, Param, Row } from '../../engines/engine.ts';

/**
 * An engine whose read queries are remembered until the warehouse changes. Analysis asks the
 * same aggregate questions again and again (the formula page, then the comparison, then the
 * levers, each per language and per person), and over 10M order lines each costs seconds while
 * its answer is a few rows. The key holds the warehouse version (the latest import), the SQL and
 * its parameters, so an import is never answered from an old result. Answers are kept as
 * promises: two callers asking the same question at once share one scan. Rows are shared, so
 * callers must not mutate them. Only services that read go through this engine.
 */
export function memoizeReads(engine: Engine, version: () => number, max = 256): Engine {
  const d = engine.driver;
  const entries = new Map<string, Promise<Row[]>>();
  const query = (sql: string, params: readonly Param[] = []): Promise<Row[]> => {
    const key = `${version()}\u0000${sql}\u0000${JSON.stringify(params)}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const answer = d.query(sql, params);
    entries.set(key, answer);
    // A failed query is not an answer: the next caller tries again.
    answer.catch(() => entries.delete(key));
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    return answer;
  };
  return {
    dialect: engine.dialect,
    driver: {
      query,
      // Per-customer answers are too large to keep; they are read afresh.
      queryColumns: (sql, params) => d.queryColumns(sql, params),
      stream: (sql, params) => d.stream(sql, params),
      exec: (sql) => d.exec(sql),
      transaction: (fn) => d.transaction(fn),
      capabilities: () => d.capabilities(),
      close: () => d.close(),
    },
  };
}
