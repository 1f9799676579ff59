import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sheet } from '../../src/core/kpi/index.ts';
import {
  linkUser,
  parsePlan,
  parseQuarterPlan,
  storePlan,
  storeQuarterPlan,
} from '../../src/services/index.ts';
import { cohortWorkspace } from '../services/cohorts-fixture.ts';
import { CYRILLIC, ENGLISH_SOURCE_WORDS } from '../helpers/source-words.ts';
import { testApp } from './helpers.ts';

/** Anna runs ads: 67 500,00 ₽ for Q1 2024 from the cohort fixture (test/services/kpi-quarter.test.ts). */
const annaQ1 = {
  employee: 'anna',
  name: 'Анна',
  channels: ['ads'],
  period: '2024-Q1',
  bonus: 100000,
  kpis: [
    { kpi: 'romi', weight: 0.6, plan: 0.4 },
    { kpi: 'mre', weight: 0.4, plan: 1.5 },
  ],
  tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: 1 }],
  romi: { horizon: 3 },
};

const put = (body: unknown) => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('quarterly plan and sheet routes', async () => {
  const ws = await cohortWorkspace();
  const t = await testApp({ workspace: ws });

  beforeAll(() => {
    storeQuarterPlan(ws, parseQuarterPlan(annaQ1, 'test'));
    storeQuarterPlan(
      ws,
      parseQuarterPlan({ ...annaQ1, employee: 'boris', name: 'Борис', channels: [] }, 'test'),
    );
    linkUser(ws, 'employee', 'anna');
    linkUser(ws, 'analyst', 'boris');
  });
  afterAll(() => ws.close());

  it('shows an employee their own quarterly sheet, each fact with its source', async () => {
    const res = await t.asToken('employee', '/api/kpi/quarter-sheets/anna/2024-Q1');
    expect(res.status).toBe(200);
    const s = (await res.json()) as Sheet;
    expect(s).toMatchObject({ kind: 'quarter', employee: 'anna', period: '2024-Q1', total: 67500 });
    expect(s.lines.map((l) => l.amount)).toEqual([37500, 0, 30000]);
    expect(s.lines[0]!.source).toMatchObject({ kind: 'warehouse' });
    // `detail` stays the English text programs read; `text` is for people, in both languages.
    expect(s.lines[0]!.source!.detail).toMatch(/^channel unit economics 2024-01\.\.2024-03 as of 2024-03-10/);
    expect(s.lines[0]!.source!.text.ru).toMatch(/^юнит-экономика каналов за 1 квартал 2024 на 10\.03\.2024/);
    for (const l of s.lines) {
      expect(l.source!.text.ru).not.toMatch(ENGLISH_SOURCE_WORDS);
      expect(l.source!.text.en).not.toMatch(CYRILLIC);
    }
    const plan = await t.asToken('employee', '/api/kpi/quarter-plans/anna/2024-Q1');
    expect(plan.status).toBe(200);
    expect(await plan.json()).toMatchObject({
      employee: 'anna',
      bonus: 100000,
      romi: { basis: 'margin', horizon: 3 },
    });
  });

  it('refuses an employee or analyst a colleague’s quarterly sheet, plan and workbook (403)', async () => {
    for (const [role, path] of [
      ['employee', '/api/kpi/quarter-sheets/boris/2024-Q1'],
      ['employee', '/api/kpi/quarter-sheets/boris/2024-Q1/xlsx'],
      ['employee', '/api/kpi/quarter-plans/boris/2024-Q1'],
      ['analyst', '/api/kpi/quarter-sheets/anna/2024-Q1'],
    ] as const) {
      const res = await t.asToken(role, path);
      expect(res.status, `${role} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await t.asToken('analyst', '/api/kpi/quarter-sheets/boris/2024-Q1')).status).toBe(200);
    // Editing is for owners and managers, even of one's own plan.
    expect((await t.asToken('employee', '/api/kpi/quarter-plans/anna/2024-Q1', put(annaQ1))).status).toBe(
      403,
    );
    const del = await t.asToken('employee', '/api/kpi/quarter-plans/anna/2024-Q1', { method: 'DELETE' });
    expect(del.status).toBe(403);
  });

  it('lists the quarters of each employee beside their months', async () => {
    const own = (await (await t.asToken('employee', '/api/kpi/employees')).json()) as Array<{ id: string }>;
    expect(own).toEqual([expect.objectContaining({ id: 'anna', quarter: ['2024-Q1'], marketer: [] })]);
  });

  it('stores a plan through PUT (owner, manager): the sheet follows, a manual fact wins', async () => {
    const body = {
      ...annaQ1,
      employee: undefined,
      period: undefined,
      kpis: [
        { kpi: 'romi', weight: 0.6, plan: 0.4, fact: 0.5, source: 'CFO report' },
        { kpi: 'mre', weight: 0.4, plan: 1.5 },
      ],
    };
    const res = await t.asToken('manager', '/api/kpi/quarter-plans/anna/2024-Q2', put(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      employee: 'anna',
      period: '2024-Q2',
      kpis: [{ kpi: 'romi', fact: 0.5, source: 'CFO report' }, { kpi: 'mre' }],
    });
    const s = (await (await t.asToken('owner', '/api/kpi/quarter-sheets/anna/2024-Q2')).json()) as Sheet;
    expect(s.lines[0]).toMatchObject({ fact: 0.5, amount: 52500, source: { kind: 'manual' } });
    const none = await t.asToken('owner', '/api/kpi/quarter-plans/anna/2023-Q4');
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('names what is wrong with a plan (400), and refuses a calendar task paid monthly', async () => {
    const bad = await t.asToken(
      'owner',
      '/api/kpi/quarter-plans/anna/2024-Q3',
      put({ ...annaQ1, kpis: [{ kpi: 'romi', weight: 0.5, plan: 1 }] }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        code: 'bad_request',
        message: expect.stringContaining('weights of the quarterly KPIs sum to 0.5, not 1'),
      },
    });
    const badQuarter = await t.asToken('owner', '/api/kpi/quarter-plans/anna/2024-Q5', put(annaQ1));
    expect(badQuarter.status).toBe(400);
    storePlan(
      ws,
      parsePlan(
        {
          employee: 'anna',
          period: '2024-08',
          bonus: 30000,
          leads: { weight: 0.7, plan: 5 },
          newClientShare: { weight: 0.3, plan: 0.4 },
          tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1 }],
        },
        'test',
      ),
    );
    const twice = await t.asToken('owner', '/api/kpi/quarter-plans/anna/2024-Q3', {
      ...put(annaQ1),
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
    });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({
      error: {
        field: 'tasks',
        message:
          'календарная задача «Внедрение CRM» уже есть в месячных задачах за 2024-08 («Внедрение CRM»): дважды за одну работу не платят',
      },
    });
  });

  it('downloads the quarterly sheet as a workbook with the printed total cached in its formula', async () => {
    const res = await t.asToken('employee', '/api/kpi/quarter-sheets/anna/2024-Q1/xlsx?lang=ru');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('quarter-anna-2024-Q1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContainEqual(expect.objectContaining({ result: 67500 }));
    expect(String(wb.worksheets[0]!.getCell('K5').value)).toMatch(
      /^юнит-экономика каналов за 1 квартал 2024/,
    );
  });

  it('deletes a plan (owner, manager); a second delete is 404', async () => {
    const del = await t.asToken('owner', '/api/kpi/quarter-plans/anna/2024-Q2', { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(
      (await t.asToken('owner', '/api/kpi/quarter-plans/anna/2024-Q2', { method: 'DELETE' })).status,
    ).toBe(404);
    expect((await t.asToken('owner', '/api/kpi/quarter-sheets/anna/2024-Q2')).status).toBe(400);
  });

  it('keeps POST /api/kpi/quarter: a plan with facts in the body, stored nowhere', async () => {
    const res = await t.asToken('owner', '/api/kpi/quarter', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        employee: 'anna',
        period: '2024-Q4',
        bonus: 90000,
        split: { kpis: 1, tasks: 0 },
        kpis: [{ kpi: 'romi', weight: 1, plan: 2, fact: 3 }],
      }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Sheet).total).toBe(126000);
    expect((await t.asToken('owner', '/api/kpi/quarter-plans/anna/2024-Q4')).status).toBe(404);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/kpi/quarter-plans/{employee}/{quarter}',
        '/api/kpi/quarter-sheets/{employee}/{quarter}',
        '/api/kpi/quarter-sheets/{employee}/{quarter}/xlsx',
      ]),
    );
    expect(Object.keys(doc.paths['/api/kpi/quarter-plans/{employee}/{quarter}']!).sort()).toEqual([
      'delete',
      'get',
      'put',
    ]);
  });
});
