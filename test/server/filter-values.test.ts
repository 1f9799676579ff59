import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Param } from '../../src/engines/engine.ts';
import { dimensionValuesFor, warmFirstViews, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

interface Lists {
  dimensions: Array<{
    dimension: string;
    label: { ru: string; en: string };
    total: number;
    values: Array<{ value: string; revenue: number | null; rows: number }>;
  }>;
}

// Issue 13 §5: the filters offer the data's own values, and a filter that matches nothing says so.
describe('dropdown filters with the data values; a filter that matches nothing says so', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(8_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  const get = async <T>(path: string, lang = 'ru'): Promise<T> => {
    const res = await t.asToken('analyst', path, { headers: { 'accept-language': lang } });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };
  const sql = async (q: string) => ws.engine.driver.query(q);

  it('dimension values: every filterable dimension, each value with its revenue, most revenue first', async () => {
    const body = await get<Lists>('/api/dimensions');
    const store = body.dimensions.find((d) => d.dimension === 'store')!;
    expect(store.label).toEqual({ ru: 'Магазин', en: 'Store' });
    // An independent GROUP BY over the warehouse gives the same values, revenue and order.
    const rows = await sql(
      `SELECT CAST(store AS VARCHAR) AS v, sum(revenue) AS r, count(*) AS n FROM orders GROUP BY 1 ORDER BY r DESC`,
    );
    expect(store.total).toBe(rows.length);
    expect(store.values.map((v) => v.value)).toEqual(rows.map((r) => String(r['v'])));
    for (const [i, v] of store.values.entries()) {
      expect(v.revenue).toBeCloseTo(Number(rows[i]!['r']), 2);
      expect(v.rows).toBe(Number(rows[i]!['n']));
    }
    // channel is also in leads and spend: its rows add up over every table that has it.
    const channel = body.dimensions.find((d) => d.dimension === 'channel')!;
    const [counts] = await sql(
      `SELECT (SELECT count(*) FROM orders WHERE channel IS NOT NULL) + (SELECT count(*) FROM leads WHERE channel IS NOT NULL) + (SELECT count(*) FROM spend WHERE channel IS NOT NULL) AS n`,
    );
    expect(channel.values.reduce((s, v) => s + v.rows, 0)).toBe(Number(counts!['n']));
    for (let i = 1; i < store.values.length; i++)
      expect(store.values[i - 1]!.revenue!).toBeGreaterThanOrEqual(store.values[i]!.revenue!);
  });

  it('dimension values: a long list is cut to top N and searched on the server', async () => {
    const top = await get<Lists>('/api/dimensions?dimension=store&top=2');
    expect(top.dimensions).toHaveLength(1);
    const store = top.dimensions[0]!;
    expect(store.values).toHaveLength(2);
    expect(store.total).toBeGreaterThan(2);
    const all = await get<Lists>('/api/dimensions?dimension=store');
    const last = all.dimensions[0]!.values.at(-1)!.value;
    const needle = last.slice(1, 5).toUpperCase();
    const found = await get<Lists>(
      `/api/dimensions?dimension=store&top=2&search=${encodeURIComponent(needle)}`,
    );
    expect(found.dimensions[0]!.values.map((v) => v.value)).toContain(last);
    for (const v of found.dimensions[0]!.values)
      expect(v.value.toLowerCase()).toContain(needle.toLowerCase());
    const bad = await t.asToken('analyst', '/api/dimensions?dimension=nope');
    expect(bad.status).toBe(400);
  });

  it('dimension values: one pushed-down query, warmed with the first views and then answered from memory', async () => {
    await warmFirstViews(ws);
    const seen: string[] = [];
    const query = ws.engine.driver.query.bind(ws.engine.driver);
    ws.engine.driver.query = (sql: string, params?: readonly Param[]) => {
      if (!sql.includes('information_schema')) seen.push(sql);
      return query(sql, params);
    };
    try {
      const lists = await dimensionValuesFor(ws);
      expect(lists.dimensions.length).toBeGreaterThan(3);
      expect(seen).toEqual([]);
      await dimensionValuesFor(ws, { dimension: 'store', search: 'zz-no-such' });
      // A search is one more statement, whatever the number of dimensions and tables.
      expect(seen).toHaveLength(1);
    } finally {
      ws.engine.driver.query = query;
    }
  });

  it('a filter that matches nothing says so, in both languages, on formula, compare, levers and constraint', async () => {
    const nowhere = 'filter=store=Нет%20такого%20магазина';
    const f = await get<{ empty?: { ru: string; en: string }; revenue: number | null }>(
      `/api/formula?${nowhere}`,
    );
    expect(f.empty?.ru).toMatch(/не находит ни одной строки ни за какой период/);
    expect(f.empty?.ru).toContain('Магазин = «Нет такого магазина»');
    expect(f.empty?.en).toMatch(/matches no rows in any period/);
    expect(f.revenue).toBeNull();
    for (const path of ['/api/compare', '/api/levers', '/api/constraint?by=channel']) {
      const body = await get<{ empty?: { ru: string; en: string } }>(
        `${path}${path.includes('?') ? '&' : '?'}${nowhere}`,
      );
      expect(body.empty?.en, path).toMatch(/matches no rows/);
    }
    // A real store outside the period it has rows in: "none in this period", with the count elsewhere.
    const [first] = await sql(
      `SELECT CAST(store AS VARCHAR) AS s, count(*) AS n FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    const store = encodeURIComponent(String(first!['s']));
    const far = await get<{ empty?: { ru: string; en: string } }>(
      `/api/formula?period=2001-01&filter=store=${store}`,
    );
    expect(far.empty?.ru).toMatch(/за 2001-01/);
    expect(far.empty?.en).toMatch(/in 2001-01 \(other periods have/);
    // A filter that leaves rows gives no notice.
    const some = await get<{ empty?: unknown; revenue: number }>(`/api/formula?filter=store=${store}`);
    expect(some.empty).toBeUndefined();
    expect(some.revenue).toBeGreaterThan(0);
  });
});
