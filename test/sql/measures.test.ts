import { describe, expect, it } from 'vitest';
import { measureQuery } from '../../src/sql/formula/measures.ts';
import { duckdbDialect } from '../../src/sql/duckdb-dialect.ts';
import { parsePeriod } from '../../src/core/period/index.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';

describe('measureQuery (duckdb)', () => {
  const input = {
    table: 'costs' as const,
    measures: [
      {
        id: 'sga',
        spec: { table: 'costs' as const, agg: 'sum' as const, column: 'amount', where: { kind: 'sga' } },
      },
    ],
    periods: [{ name: 'p', period: parsePeriod('2024-01..2024-03') }],
    filters: { region: ['Kazan', "O'Hare"] },
    by: [],
  };

  it('renders the exact SQL with every value as a parameter', () => {
    const q = measureQuery(duckdbDialect, input);
    expect(q.sql).toBe(
      `SELECT CASE "_p" WHEN 0 THEN 'p' END AS "_period", "m_sga" FROM (SELECT 0 AS "_p", ` +
        `sum("amount") FILTER (WHERE "kind" = ?) AS "m_sga" FROM "costs" ` +
        `WHERE (("month" >= CAST(? AS DATE) AND "month" < CAST(? AS DATE))) AND CAST("region" AS VARCHAR) IN (?, ?) GROUP BY 1) AS "g"`,
    );
    expect(q.params).toEqual(['sga', '2024-01-01', '2024-04-01', 'Kazan', "O'Hare"]);
  });

  it('numbers two periods inside the scan and names them outside, slicing by month', () => {
    const q = measureQuery(duckdbDialect, {
      ...input,
      periods: [
        { name: 'before', period: parsePeriod('2023-01') },
        { name: 'after', period: parsePeriod('2024-01') },
      ],
      filters: {},
      by: ['month'],
    });
    expect(q.sql).toBe(
      `SELECT CASE "_p" WHEN 0 THEN 'before' WHEN 1 THEN 'after' END AS "_period", ` +
        `CAST(CAST("_d0" AS DATE) AS VARCHAR) AS "_by_month", "m_sga" FROM (SELECT CASE ` +
        `WHEN "month" >= CAST(? AS DATE) AND "month" < CAST(? AS DATE) THEN 0 ` +
        `WHEN "month" >= CAST(? AS DATE) AND "month" < CAST(? AS DATE) THEN 1 END AS "_p", ` +
        `date_trunc('month', "month") AS "_d0", sum("amount") FILTER (WHERE "kind" = ?) AS "m_sga" FROM "costs" ` +
        `WHERE (("month" >= CAST(? AS DATE) AND "month" < CAST(? AS DATE)) OR ("month" >= CAST(? AS DATE) AND "month" < CAST(? AS DATE))) GROUP BY 1, 2) AS "g"`,
    );
    expect(q.params).toEqual([
      '2023-01-01',
      '2023-02-01',
      '2024-01-01',
      '2024-02-01',
      'sga',
      '2023-01-01',
      '2023-02-01',
      '2024-01-01',
      '2024-02-01',
    ]);
  });

  it('is valid SQL that DuckDB runs', async () => {
    const engine = await openDuckDb({ path: ':memory:' });
    await engine.driver.exec(
      "CREATE TABLE costs (month DATE, kind VARCHAR, amount DECIMAL(18,2), region VARCHAR); INSERT INTO costs VALUES ('2024-02-01', 'sga', 10.5, 'Kazan'), ('2024-02-01', 'cogs', 99, 'Kazan'), ('2024-05-01', 'sga', 1, 'Kazan')",
    );
    const q = measureQuery(duckdbDialect, input);
    const rows = await engine.driver.query(q.sql, q.params);
    expect(rows.map((r) => Number(r['m_sga']))).toEqual([10.5]);
    await engine.driver.close();
  });

  it('refuses a query without periods', () => {
    expect(() => measureQuery(duckdbDialect, { ...input, periods: [] })).toThrow(/at least one period/);
  });
});
