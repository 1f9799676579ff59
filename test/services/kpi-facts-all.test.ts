import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/period/index.ts';
import { catalogueWith, kpiFactsFor, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

const period = parsePeriod('2025-11..2026-10');
const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpidefs-'));

describe('every catalogue KPI from the data, for a period and a scope', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(8_000);
  }, 120_000);
  afterAll(() => ws.close());

  const one = async (sql: string): Promise<number> =>
    Number(Object.values((await ws.engine.driver.query(sql))[0] ?? {})[0]);
  const inPeriod = `ts >= '${period.from}' AND ts < '${period.to}'`;

  it('computes what the warehouse holds and says "no data" for what it cannot', async () => {
    const res = await kpiFactsFor(ws, { period, catalogue: catalogueWith() });
    const fact = (id: string) => res.facts.find((f) => f.kpi === id)?.value;
    const aov = await one(`SELECT sum(revenue) / count(DISTINCT order_id) FROM orders WHERE ${inPeriod}`);
    expect(fact('aov')).toBeCloseTo(aov, 6);
    expect(fact('leads')).toBe(await one(`SELECT count(*) FROM leads WHERE ${inPeriod}`));
    // No visitors or installs in any table: never 0.
    expect(fact('bounce_rate')).toBeNull();
    expect(fact('cpi')).toBeNull();
  });

  it('narrows to a scope: leads of one channel', async () => {
    const res = await kpiFactsFor(ws, {
      period,
      filters: { channel: ['email'] },
      catalogue: catalogueWith(),
    });
    const leads = res.facts.find((f) => f.kpi === 'leads')?.value;
    expect(leads).toBe(await one(`SELECT count(*) FROM leads WHERE ${inPeriod} AND channel = 'email'`));
  });

  it("adds the company's own KPIs over its own measures, and replaces a built-in one", async () => {
    const file = join(dir, 'kpis.yaml');
    writeFileSync(
      file,
      [
        'kpis:',
        '  - id: discount_per_order',
        '    name: { ru: Скидка на заказ, en: Discount per order }',
        '    unit: money',
        '    direction: lower',
        '    formula: { ratio: [{ measure: discounts }, { measure: orders }] }',
        '  - id: aov',
        '    name: { ru: Средний чек по строкам, en: Average line }',
        '    unit: money',
        '    direction: higher',
        '    formula: { ratio: [{ measure: revenue }, { measure: lines }] }',
        'measures:',
        '  discounts: { table: orders, agg: sum, column: discount }',
        '  lines: { table: orders, agg: count }',
      ].join('\n'),
    );
    const catalogue = catalogueWith(file);
    const res = await kpiFactsFor(ws, { period, catalogue });
    const fact = (id: string) => res.facts.find((f) => f.kpi === id)?.value;
    expect(fact('discount_per_order')).toBeCloseTo(
      await one(`SELECT sum(discount) / count(DISTINCT order_id) FROM orders WHERE ${inPeriod}`),
      6,
    );
    expect(fact('aov')).toBeCloseTo(
      await one(`SELECT sum(revenue) / count(*) FROM orders WHERE ${inPeriod}`),
      6,
    );
    expect(res.facts.filter((f) => f.kpi === 'aov')).toHaveLength(1);
  });

  it('names every problem of a definitions file with its path', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'kpis:\n  - id: X bad\n    unit: money\n    direction: up\n    formula: { ratio: [] }\n',
    );
    expect(() => catalogueWith(file)).toThrow(/kpis\.0\.id: .*kpis\.0\.name.*kpis\.0\.direction/s);
  });
});
