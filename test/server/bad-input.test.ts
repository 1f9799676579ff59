import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../src/services/index.ts';
import { testApp } from './helpers.ts';

// Issue 12, §6: what a user types must never reach the engine raw and come back as a 500.
describe('bad input answers 400, never 500 (issue 12, §6)', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    ws = await openWorkspace(':memory:');
    // A small warehouse: two years of orders in two channels and two stores, and leads.
    const orders: string[] = [];
    for (let i = 0; i < 240; i++) {
      const day = new Date(Date.UTC(2023, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
      orders.push(
        `('o${i}', 'c${i % 37}', TIMESTAMP '${day} 12:00:00', ${100 + (i % 9) * 10}.50, 1, ` +
          `'${i % 2 ? 'ads' : 'email'}', '${i % 3 ? 'Kazan' : 'Moscow'}')`,
      );
    }
    await ws.engine.driver.exec(
      `CREATE TABLE orders (order_id VARCHAR, customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2),
         items DECIMAL(18,3), channel VARCHAR, store VARCHAR);
       INSERT INTO orders VALUES ${orders.join(', ')};
       CREATE TABLE leads (lead_id VARCHAR, ts TIMESTAMP, channel VARCHAR, status VARCHAR);
       INSERT INTO leads VALUES ('l1', TIMESTAMP '2023-02-01 10:00:00', 'ads', 'won')`,
    );
    t = await testApp({ workspace: ws });
  });
  afterAll(() => ws.close());

  const bad = async (path: string, lang: 'ru' | 'en') => {
    const res = await t.asToken('owner', path, { headers: { 'accept-language': lang } });
    const body = (await res.json()) as { error?: { code: string; field?: string; message: string } };
    return { status: res.status, error: body.error };
  };

  it('invalid dates (asof, from, calibrationEnd = 2024-02-30) answer 400 naming the field and the value, in Russian and English', async () => {
    const cases: Array<[string, string, string]> = [
      ['/api/customers/rfm?asof=2024-02-30', 'asof', '2024-02-30'],
      ['/api/customers/list?asof=2023-02-29', 'asof', '2023-02-29'],
      ['/api/customers/list/export?format=csv&asof=2024-02-30', 'asof', '2024-02-30'],
      ['/api/customers/segments?from=2023-02-29', 'from', '2023-02-29'],
      ['/api/customers/segments?asof=2024-06-30&from=2024-02-30', 'from', '2024-02-30'],
      ['/api/customers/clv?calibrationEnd=2024-02-30', 'calibrationEnd', '2024-02-30'],
      ['/api/customers/clv?model=pareto-nbd&calibrationEnd=2024-04-31', 'calibrationEnd', '2024-04-31'],
      ['/api/customers/clv/validation?holdoutEnd=2024-02-30', 'holdoutEnd', '2024-02-30'],
      ['/api/customers/clv/validation?calibrationEnd=2023-02-29', 'calibrationEnd', '2023-02-29'],
      ['/api/customers/cohorts?asof=2024-02-30', 'asof', '2024-02-30'],
      ['/api/customers/channels?asof=2024-02-30', 'asof', '2024-02-30'],
      ['/api/customers/funnel?asof=2024-02-30', 'asof', '2024-02-30'],
      // Years outside 1900–2999 are refused the same way, before any date arithmetic.
      ['/api/customers/rfm?asof=9999-12-31', 'asof', '9999-12-31'],
      ['/api/customers/cohorts?asof=0001-01-01', 'asof', '0001-01-01'],
      ['/api/kpi/analyst/nobody/2024-01?asof=2024-02-30', 'asof', '2024-02-30'],
    ];
    for (const [path, field, value] of cases) {
      const en = await bad(path, 'en');
      expect(en.status, path).toBe(400);
      expect(en.error, path).toMatchObject({ code: 'bad_request', field });
      expect(en.error!.message, path).toContain(value);
      expect(en.error!.message, path).toContain(field);
      expect(en.error!.message, path).toMatch(/must be a date/);
      expect(en.error!.message, path).not.toMatch(/Conversion|CAST|SELECT|LINE \d/);
      const ru = await bad(path, 'ru');
      expect(ru.status, path).toBe(400);
      expect(ru.error!.message, path).toMatch(/дата вида/);
      expect(ru.error!.message, path).toContain(value);
    }
    // A real leap day is a date.
    expect((await bad('/api/customers/rfm?asof=2024-02-29', 'en')).status).toBe(200);
  });

  it('a 9999 period answers 400 naming the period, not 500 "Invalid time value"', async () => {
    const cases: Array<[string, string]> = [
      ['/api/formula?period=9999-01..9999-12', 'period'],
      ['/api/formula?period=9999', 'period'],
      ['/api/formula?period=2024-01..9999-12', 'period'],
      ['/api/compare?period=2024-01&compare=9999-01', 'compare'],
      ['/api/compare?period=9999-12', 'period'],
      ['/api/levers?period=9999-01', 'period'],
      ['/api/constraint?by=store&period=9999-01', 'period'],
      ['/api/customers/cohorts?period=9999-01..9999-12', 'period'],
      ['/api/customers/channels?period=9999-12', 'period'],
      ['/api/customers/funnel?dim=channel&period=9999-12', 'period'],
      ['/api/formula?period=2024-00', 'period'],
      ['/api/formula?period=2024-13..2024-14', 'period'],
    ];
    for (const [path, field] of cases) {
      const en = await bad(path, 'en');
      expect(en.status, path).toBe(400);
      expect(en.error, path).toMatchObject({ code: 'bad_request', field });
      expect(en.error!.message, path).toMatch(/invalid period/);
      expect(en.error!.message, path).not.toMatch(/Invalid time value/);
      expect((await bad(path, 'ru')).error!.message, path).toMatch(/неверный период/);
    }
    // The first year allowed compares with the months before it: no data there, not an error.
    expect((await bad('/api/compare?period=1900-01..1900-12', 'en')).status).toBe(200);
  });

  it('an unknown by or filter dimension answers 400 naming it and listing the known ones', async () => {
    const cases: Array<[string, string, string]> = [
      ['/api/formula?period=2023-01..2023-12&by=colour', 'by', 'colour'],
      ['/api/formula?period=2023-01..2023-12&by=channel,colour', 'by', 'colour'],
      ['/api/formula?period=2023-01..2023-12&filter=colour=red', 'filter', 'colour'],
      ['/api/compare?period=2023-07..2023-12&filter=colour=red', 'filter', 'colour'],
      ['/api/levers?period=2023-01..2023-12&filter=colour=red', 'filter', 'colour'],
      ['/api/constraint?by=store&period=2023-01..2023-12&filter=colour=red', 'filter', 'colour'],
    ];
    for (const [path, field, dim] of cases) {
      const en = await bad(path, 'en');
      expect(en.status, path).toBe(400);
      expect(en.error, path).toMatchObject({ code: 'bad_request', field });
      expect(en.error!.message, path).toContain(`"${dim}"`);
      // The known dimensions, from orders and leads alike; amounts, dates and ids are not among them.
      for (const known of ['channel', 'status', 'store']) expect(en.error!.message, path).toContain(known);
      expect(en.error!.message, path).not.toMatch(/revenue|customer_id|\bts\b/);
      expect((await bad(path, 'ru')).error!.message, path).toMatch(/неизвестное измерение «colour»/);
    }
    expect((await bad('/api/formula?period=2023-01..2023-12&by=month,store', 'en')).status).toBe(200);
    // A dimension one table lacks still slices the others (leads have no store): not an error.
    expect((await bad('/api/formula?period=2023-01..2023-12&filter=store=Kazan', 'en')).status).toBe(200);
  });
});
