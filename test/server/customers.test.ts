import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelsFor,
  clvFor,
  clvValidationFor,
  cohortsFor,
  funnelFor,
  paretoNbdFor,
  rfmFor,
  segmentsFor,
  type Workspace,
} from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

/** The body the API must answer: the service result, as JSON carries it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

interface Grid {
  asOf: string;
  bins: number;
  customers: number;
  revenue: number;
  segments: Array<{ segment: string; name: string; tactic: string; customers: number; revenue: number }>;
  grid: Array<{ r: number; f: number; customers: number; revenue: number; segment: string | null }>;
}

describe('customer routes on the sample company', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  const get = async <T = unknown>(path: string, lang = 'ru'): Promise<T> => {
    const res = await t.asToken('analyst', path, { headers: { 'accept-language': lang } });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };
  const sql = async (text: string) => (await ws.engine.driver.query(text, []))[0]!;

  it('RFM grid: every customer in one cell, cells and segments add up to the warehouse', async () => {
    const g = await get<Grid>('/api/customers/rfm');
    const truth = await sql(
      'SELECT count(DISTINCT customer_id) AS n, sum(revenue) AS revenue FROM orders WHERE customer_id IS NOT NULL',
    );
    expect(g.bins).toBe(5);
    expect(g.grid).toHaveLength(25);
    expect(g.customers).toBe(Number(truth.n));
    expect(g.revenue).toBeCloseTo(Number(truth.revenue), 2);
    expect(sum(g.grid.map((c) => c.customers))).toBe(g.customers);
    expect(sum(g.grid.map((c) => c.revenue))).toBeCloseTo(g.revenue, 2);
    expect(sum(g.segments.map((s) => s.customers))).toBe(g.customers);
    // A cell's count is the customers the service scored into it; the default rules own whole cells.
    const scored = await rfmFor(ws, { binning: 'quantile' });
    for (const cell of g.grid) {
      const inCell = scored.customers.filter((c) => c.r === cell.r && c.f === cell.f);
      expect(cell.customers, `R${cell.r}F${cell.f}`).toBe(inCell.length);
      expect(cell.segment).not.toBeNull();
      for (const c of inCell) expect(c.segment).toBe(cell.segment);
    }
    // The F axis must not collapse: several frequency scores are used.
    expect(new Set(g.grid.filter((c) => c.customers > 0).map((c) => c.f)).size).toBeGreaterThan(2);
    expect(g.segments.find((s) => s.segment === 'Champions')?.name).toBe('Чемпионы');
    const en = await get<Grid>('/api/customers/rfm', 'en');
    expect(en.segments.find((s) => s.segment === 'Champions')?.tactic).toMatch(/^Reward/);
  });

  it('answers a repeated question from the cache until the next import', async () => {
    await get('/api/customers/rfm?n=4');
    const again = await t.asToken('analyst', '/api/customers/rfm?n=4', {
      headers: { 'accept-language': 'ru' },
    });
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(((await again.json()) as Grid).grid).toHaveLength(16);
  });

  it('lists one segment with contacts, a page of it, and the total', async () => {
    const g = await get<Grid>('/api/customers/rfm');
    const atRisk = g.segments.find((s) => s.segment === 'At risk')!;
    expect(atRisk.customers).toBeGreaterThan(5);
    const list = await get<{
      total: number;
      contactColumns: string[];
      customers: Array<{ segment: string; tactic: string; contacts: Record<string, unknown> }>;
    }>('/api/customers/list?segment=At%20risk&limit=5');
    expect(list.total).toBe(atRisk.customers);
    expect(list.customers).toHaveLength(5);
    for (const c of list.customers) {
      expect(c.segment).toBe('At risk');
      expect(c.tactic).toMatch(/[а-я]/);
      expect(Object.keys(c.contacts)).toEqual(list.contactColumns);
    }
  });

  it('downloads a segment as CSV and XLSX in the CLI export columns, never from the cache', async () => {
    const g = await get<Grid>('/api/customers/rfm');
    const lost = g.segments.find((s) => s.segment === 'Lost')!;
    // lang=en: the stable ids a CRM maps (the Russian dialect is in test/server/exports.test.ts).
    const csv = await t.asToken('manager', '/api/customers/list/export?segment=Lost&format=csv&lang=en');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="customers-Lost-\d{4}-\d\d-\d\d\.csv"/,
    );
    expect(csv.headers.get('x-cache')).toBeNull();
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Cyrillic
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 9)).toEqual([
      'customer_id',
      'recency_days',
      'frequency',
      'monetary',
      'r',
      'f',
      'm',
      'score',
      'segment',
    ]);
    expect(lines).toHaveLength(lost.customers + 1);
    expect(lines.slice(1).every((l) => l.split(',')[8] === 'Lost')).toBe(true);

    const xlsx = await t.asToken('owner', '/api/customers/list/export?segment=Lost&format=xlsx&lang=en');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('customers')!;
    expect(sheet.rowCount).toBe(lost.customers + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('customer_id');
  });

  it('segments and the migration matrix: the same as the service, cells add up', async () => {
    const g = await get<Grid>('/api/customers/rfm');
    const from = `${Number(g.asOf.slice(0, 4)) - 1}${g.asOf.slice(4)}`;
    const body = await get<{ migration: { rows: Array<{ customers: number[] }>; customers: number } }>(
      `/api/customers/segments?from=${from}`,
    );
    expect(body).toEqual(asJson(await segmentsFor(ws, { binning: 'quantile', from }, 'ru')));
    expect(sum(body.migration.rows.flatMap((r) => r.customers))).toBe(g.customers);
    expect(body.migration.customers).toBe(g.customers);
  });

  it('fits BG/NBD like the CLI', async () => {
    const { fitSeconds: _ignored, ...body } = await get<Record<string, unknown>>(
      '/api/customers/clv?unit=week',
    );
    const { fitSeconds: _too, ...want } = await clvFor(ws, { model: 'bgnbd', unit: 'week' });
    expect(body).toEqual(asJson(want));
    expect(Object.keys(body.params as object)).toEqual(['r', 'alpha', 'a', 'b']);
  });

  it('fits the Pareto/NBD like the CLI', async () => {
    const { fitSeconds: _ignored, ...body } = await get<Record<string, unknown>>(
      '/api/customers/clv?model=pareto-nbd&unit=week',
    );
    const { fitSeconds: _too, ...want } = await paretoNbdFor(ws, { unit: 'week' });
    expect(body).toEqual(asJson(want));
    expect(body.model).toBe('pareto-nbd');
    expect(body.convergence).toBe('converged');
    expect(Object.keys(body.params as object)).toEqual(['r', 'alpha', 's', 'beta']);
  });

  it('validates BG/NBD on a holdout: actual purchases are the warehouse’s, predictions in their range', async () => {
    const v = await get<{
      calibrationEnd: string;
      holdoutEnd: string;
      holdoutLength: number;
      bgnbd: { convergence: string; customers: number };
      validation: {
        groups: Array<{ x: number; atLeast: boolean; customers: number; actual: number; predicted: number }>;
        total: { customers: number; actual: number; predicted: number };
      };
    }>('/api/customers/clv/validation?calibrationEnd=2025-06-30&holdoutEnd=2025-12-31');
    expect(v.bgnbd.convergence).toBe('converged');
    expect(v.holdoutLength).toBeCloseTo(184 / 7, 10);
    // Repeat transactions (customer-days) in the holdout by customers who bought by the calibration end.
    const truth = await sql(`
      WITH d AS (SELECT customer_id, CAST(ts AS DATE) AS day FROM orders
                 WHERE customer_id IS NOT NULL AND ts < DATE '2026-01-01' GROUP BY 1, 2),
           c AS (SELECT customer_id FROM d GROUP BY 1 HAVING min(day) <= DATE '2025-06-30')
      SELECT (SELECT count(*) FROM c) AS customers,
             (SELECT count(*) FROM d JOIN c USING (customer_id) WHERE day > DATE '2025-06-30') AS actual`);
    expect(v.validation.total.customers).toBe(Number(truth.customers));
    expect(v.validation.total.actual).toBe(Number(truth.actual));
    expect(v.bgnbd.customers).toBe(Number(truth.customers));
    const groups = v.validation.groups;
    expect(sum(groups.map((g) => g.customers))).toBe(v.validation.total.customers);
    expect(groups.map((g) => g.x)).toEqual([...groups.map((g) => g.x)].sort((a, b) => a - b));
    expect(groups.at(-1)!.atLeast).toBe(groups.at(-1)!.x === 7);
    // A purchase model on a retail base: the total forecast within half of what happened.
    const ratio = v.validation.total.predicted / v.validation.total.actual;
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(1.5);
  });

  it('checks and lists with the Pareto/NBD when model=pareto-nbd, exactly as the services do', async () => {
    const query = 'calibrationEnd=2025-06-30&holdoutEnd=2025-12-31&unit=week';
    const v = await get<{ model: string; bgnbd?: unknown; validation: { total: { predicted: number } } }>(
      `/api/customers/clv/validation?model=pareto-nbd&${query}`,
    );
    const want = await clvValidationFor(ws, {
      model: 'pareto-nbd',
      calibrationEnd: '2025-06-30',
      holdoutEnd: '2025-12-31',
      unit: 'week',
    });
    expect(v).toEqual(asJson(want));
    expect(v.model).toBe('pareto-nbd');
    expect(v.bgnbd).toBeUndefined();
    const bg = await get<{ validation: { total: { predicted: number } } }>(
      `/api/customers/clv/validation?${query}`,
    );
    expect(bg.validation.total.predicted).not.toBeCloseTo(v.validation.total.predicted, 0);
    const list = await get<{ clv: { model: string }; customers: Array<{ p_alive_model: string }> }>(
      '/api/customers/list?segment=At%20risk&clv=1&model=pareto-nbd&limit=3',
    );
    expect(list.clv.model).toBe('pareto-nbd');
    expect(list.customers.map((c) => c.p_alive_model)).toEqual(['pareto-nbd', 'pareto-nbd', 'pareto-nbd']);
    const csv = await t.asToken(
      'manager',
      '/api/customers/list/export?segment=Lost&format=csv&clv=1&model=pareto-nbd&lang=en',
    );
    const [header, first] = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',').at(-1)).toBe('p_alive_model');
    expect(first!.split(',').at(-1)).toBe('pareto-nbd');
    const bad = await t.asToken('analyst', '/api/customers/clv/validation?model=gg');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', field: 'model' } });
  });

  it('defaults the holdout to the end of the data and refuses a calibration end after it', async () => {
    const g = await get<Grid>('/api/customers/rfm');
    const v = await get<{ holdoutEnd: string; calibrationEnd: string }>('/api/customers/clv/validation');
    expect(v.holdoutEnd).toBe(g.asOf);
    expect(v.calibrationEnd < v.holdoutEnd).toBe(true);
    const bad = await t.asToken(
      'analyst',
      '/api/customers/clv/validation?calibrationEnd=2026-01-01&holdoutEnd=2025-12-31',
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', field: 'calibrationEnd' } });
  });

  it('cohorts, channels and the funnel answer exactly what the services compute', async () => {
    const cohorts = await get<{ cohorts: Array<{ months: Array<{ retention: number | null }> }> }>(
      '/api/customers/cohorts?months=6',
    );
    expect(cohorts).toEqual(asJson(await cohortsFor(ws, { months: 6 })));
    expect(cohorts.cohorts.length).toBeGreaterThan(12);
    for (const c of cohorts.cohorts) expect(c.months[0]!.retention).toBe(1);
    const channels = await get<{ metrics: Array<{ id: string; direction: string }>; channels: unknown[] }>(
      '/api/customers/channels',
    );
    expect(channels).toEqual(asJson(await channelsFor(ws, {})));
    expect(channels.channels.length).toBeGreaterThan(1);
    expect(channels.metrics.find((m) => m.id === 'cac')?.direction).toBe('lower');
    expect(channels.metrics.find((m) => m.id === 'romiRevenue')?.direction).toBe('higher');
    expect(await get('/api/customers/funnel?steps=2')).toEqual(asJson(await funnelFor(ws, { steps: 2 })));
  });

  it('names the bad input and refuses employees', async () => {
    const bins = await t.asToken('analyst', '/api/customers/rfm?bins=deciles');
    expect(bins.status).toBe(400);
    expect(await bins.json()).toMatchObject({ error: { field: 'bins' } });
    const future = await t.asToken('analyst', '/api/customers/rfm?asof=2099-01-01');
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({ error: { field: 'asof' } });
    const segment = await t.asToken('analyst', '/api/customers/list?segment=Nobody');
    expect(segment.status).toBe(400);
    expect(await segment.json()).toMatchObject({ error: { field: 'segment' } });
    const employee = await t.asToken('employee', '/api/customers/list/export?segment=Lost');
    expect(employee.status).toBe(403);
  });
});
