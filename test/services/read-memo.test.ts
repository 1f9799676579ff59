import { describe, expect, it } from 'vitest';
import type { Engine, Param } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { memoizeReads } from '../../src/services/warehouse/read-memo.ts';
import { getPreset } from '../../src/core/formula/index.ts';
import { comparePeriods, formulaFor, resolvePeriods, warmFirstViews } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

/** A DuckDB engine that counts the queries reaching it. */
async function countingEngine(): Promise<{ engine: Engine; calls: () => number }> {
  const engine = await openDuckDb({ path: ':memory:' });
  let n = 0;
  const query = engine.driver.query.bind(engine.driver);
  engine.driver.query = (sql: string, params?: readonly Param[]) => {
    n++;
    return query(sql, params);
  };
  return { engine, calls: () => n };
}

describe('memoizeReads', () => {
  it('answers a repeated question from memory until the warehouse version changes', async () => {
    const { engine, calls } = await countingEngine();
    let version = 1;
    const reader = memoizeReads(engine, () => version);
    await engine.driver.exec('CREATE TABLE t AS SELECT 1 AS x');
    const ask = () => reader.driver.query('SELECT sum(x) AS s FROM t WHERE x > ?', [0]);
    const before = calls();
    expect(await ask()).toEqual([{ s: 1 }]);
    expect(await ask()).toEqual([{ s: 1 }]);
    expect(calls() - before).toBe(1);
    // A different parameter is a different question.
    await reader.driver.query('SELECT sum(x) AS s FROM t WHERE x > ?', [5]);
    expect(calls() - before).toBe(2);
    await engine.driver.exec('INSERT INTO t VALUES (2)');
    version = 2; // what an import does
    expect(await ask()).toEqual([{ s: 3 }]);
    expect(calls() - before).toBe(3);
    await engine.driver.close();
  });

  it('lets two callers asking at once share one query, and forgets failures', async () => {
    const { engine, calls } = await countingEngine();
    const reader = memoizeReads(engine, () => 1);
    const before = calls();
    const [a, b] = await Promise.all([
      reader.driver.query('SELECT 42 AS v'),
      reader.driver.query('SELECT 42 AS v'),
    ]);
    expect(a).toBe(b);
    expect(calls() - before).toBe(1);
    await expect(reader.driver.query('SELECT * FROM missing')).rejects.toThrow();
    await engine.driver.exec('CREATE TABLE missing AS SELECT 1 AS y');
    expect(await reader.driver.query('SELECT * FROM missing')).toEqual([{ y: 1 }]);
    await engine.driver.close();
  });

  it('evicts the least recently used answer beyond its size', async () => {
    const { engine, calls } = await countingEngine();
    const reader = memoizeReads(engine, () => 1, 2);
    const before = calls();
    await reader.driver.query('SELECT 1 AS v');
    await reader.driver.query('SELECT 2 AS v');
    await reader.driver.query('SELECT 1 AS v'); // hit: 1 is now the most recent
    await reader.driver.query('SELECT 3 AS v'); // evicts 2
    await reader.driver.query('SELECT 1 AS v'); // still a hit
    expect(calls() - before).toBe(3);
    await reader.driver.query('SELECT 2 AS v');
    expect(calls() - before).toBe(4);
    await engine.driver.close();
  });
});

describe('warmFirstViews', () => {
  it('leaves the default formula and comparison answered without touching the warehouse', async () => {
    const ws = await sampleWorkspace(5_000);
    await warmFirstViews(ws);
    let reached = 0;
    const query = ws.engine.driver.query.bind(ws.engine.driver);
    ws.engine.driver.query = (sql: string, params?: readonly Param[]) => {
      if (!sql.includes('information_schema')) reached++;
      return query(sql, params);
    };
    const tree = getPreset('profit');
    const { current, previous } = await resolvePeriods(ws, {});
    const formula = await formulaFor(ws, { tree, period: current });
    await comparePeriods(ws, { tree, before: previous, after: current });
    expect(reached).toBe(0);
    expect(formula.revenue).toBeGreaterThan(0);
    await ws.close();
  });
});
