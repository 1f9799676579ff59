import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalystSheet, Sheet } from '../../src/core/kpi/index.ts';
import { importRegister, linkUser, parsePlan, setAnalystPlan, storePlan } from '../../src/services/index.ts';
import { fillKpiWarehouse } from '../services/kpi-fixture.ts';
import { testApp } from './helpers.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Anna's March 2024 plan of test/cli/kpi.test.ts: 24 410,00 ₽ from the fixture warehouse. */
const annaPlan = {
  employee: 'anna',
  name: 'Анна',
  channels: ['Сайт'],
  period: '2024-03',
  bonus: 30000,
  discretionary: 2000,
  leads: { weight: 0.7, plan: 5 },
  newClientShare: { weight: 0.3, plan: 0.4 },
  tasks: [
    { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: 0.8 },
    { id: 'landing', name: 'Новый лендинг', weight: 0.3, completion: 0.4 },
    { id: 'report', name: 'Отчёт по каналам', weight: 0.2, completion: 1 },
  ],
};

/** Olga's register: one weekly report due and delivered 30 April 2025, remarked on 12 May (4th business day). */
const register = {
  employee: 'olga',
  name: 'Ольга',
  norms: [{ type: 'weekly', days: 1 }],
  entries: [
    {
      id: 'W1',
      kind: 'regular',
      type: 'weekly',
      title: 'Каналы',
      due: '2025-04-30',
      delivered: '2025-04-30',
      remarks: [{ date: '2025-05-12', text: 'поздно' }],
    },
  ],
};

describe('KPI routes', async () => {
  const t = await testApp();

  beforeAll(async () => {
    await fillKpiWarehouse(t.workspace);
    storePlan(t.workspace, parsePlan(annaPlan, 'test'));
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpi-api-'));
    writeFileSync(join(dir, 'register.json'), JSON.stringify(register));
    await importRegister(t.workspace, join(dir, 'register.json'));
    setAnalystPlan(t.workspace, { employee: 'olga', period: '2025-04', bonus: 10000 });
    linkUser(t.workspace, 'employee', 'anna');
    linkUser(t.workspace, 'analyst', 'olga');
  });

  it('shows an employee their own sheet', async () => {
    const res = await t.asToken('employee', '/api/kpi/sheets/anna/2024-03');
    expect(res.status).toBe(200);
    const s = (await res.json()) as Sheet;
    expect(s.total).toBe(24410);
    expect(s.lines[0]!.explain.ru).toContain('Лиды: 4 из 5 = 80%');
  });

  it('refuses an employee someone else’s sheets, plans and downloads (403)', async () => {
    for (const path of [
      '/api/kpi/analyst/olga/2025-04',
      '/api/kpi/analyst/olga/2025-04/xlsx',
      '/api/kpi/sheets/olga/2025-04',
      '/api/kpi/plans/olga/2025-04',
    ]) {
      const res = await t.asToken('employee', path);
      expect(res.status, path).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await t.asToken('analyst', '/api/kpi/sheets/anna/2024-03')).status).toBe(403);
    // Editing is for owners and managers, even of one's own plan.
    const put = await t.asToken('employee', '/api/kpi/plans/anna/2024-03', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(annaPlan),
    });
    expect(put.status).toBe(403);
  });

  it('shows an analyst their own analyst sheet, judged on the production calendar', async () => {
    const res = await t.asToken('analyst', '/api/kpi/analyst/olga/2025-04?asof=2025-06-01');
    expect(res.status).toBe(200);
    const s = (await res.json()) as AnalystSheet;
    expect(s.register[0]).toMatchObject({ id: 'W1', status: 'accepted', windowCloses: '2025-05-07' });
    // Default plan: timeliness 1/0,9 → 1,1111 × 40% × 10 000 = 4 444,44; completeness 1 → 3 000; quality 1/0,8 → 3 750
    expect(s.lines.map((l) => l.amount)).toEqual([4444.44, 3000, 3750]);
    expect(s.total).toBe(11194.44);
  });

  it('lets owners and managers see everyone and lists only one’s own employee otherwise', async () => {
    expect((await t.asToken('manager', '/api/kpi/analyst/olga/2025-04?asof=2025-06-01')).status).toBe(200);
    const all = (await (await t.asToken('owner', '/api/kpi/employees')).json()) as Array<{ id: string }>;
    expect(all.map((e) => e.id).sort()).toEqual(['anna', 'olga']);
    const own = (await (await t.asToken('employee', '/api/kpi/employees')).json()) as Array<{
      id: string;
      marketer: string[];
    }>;
    expect(own).toEqual([expect.objectContaining({ id: 'anna', marketer: ['2024-03'], analyst: [] })]);
  });

  it('downloads the sheet as a workbook with the printed total cached in its formula', async () => {
    const res = await t.asToken('employee', '/api/kpi/sheets/anna/2024-03/xlsx?lang=ru');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('marketer-anna-2024-03.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContainEqual(expect.objectContaining({ result: 24410 }));
    const analyst = await t.asToken('analyst', '/api/kpi/analyst/olga/2025-04/xlsx?asof=2025-06-01&lang=en');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await analyst.arrayBuffer());
    expect(wb2.getWorksheet('Report register')).toBeDefined();
  });

  it('stores a plan through PUT and links accounts (owner only)', async () => {
    const put = await t.asToken('manager', '/api/kpi/plans/anna/2024-04', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...annaPlan, period: 'ignored', bonus: 31000 }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ employee: 'anna', period: '2024-04', bonus: 31000 });
    const bad = await t.asToken('manager', '/api/kpi/plans/anna/2024-05', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...annaPlan, leads: { weight: 0.5, plan: 5 } }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('not 1');
    const link = await t.asToken('owner', '/api/kpi/employees/olga/user', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'manager' }),
    });
    expect(await link.json()).toEqual({ login: 'manager', employee: 'olga' });
  });

  it('computes the quarterly sheet and the design from request bodies', async () => {
    const q = await t.asToken('owner', '/api/kpi/quarter', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        employee: 'anna',
        period: '2024-Q2',
        bonus: 90000,
        split: { kpis: 1, tasks: 0 },
        kpis: [{ kpi: 'romi', weight: 1, plan: 2, fact: 3 }],
      }),
    });
    expect(q.status).toBe(200);
    expect(((await q.json()) as Sheet).total).toBe(126000); // ROMI 3 of 2 = 150%, capped at 140%
    const d = await t.asToken('analyst', '/api/kpi/design', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ positions: [{ id: 'marketer', kpis: ['L', 'C'] }] }),
    });
    expect(d.status).toBe(200);
  });

  it('keeps the register through the API: managers record deliveries and remarks, the analyst reads', async () => {
    const json = (method: string, body: unknown): RequestInit => ({
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const put = await t.asToken(
      'manager',
      '/api/kpi/register/olga/W2',
      json('PUT', {
        kind: 'regular',
        type: 'weekly',
        title: 'Каналы',
        due: '2025-04-23',
        delivered: '24.04.2025',
      }),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id: 'W2', delivered: '2025-04-24', remarks: [] });
    // 25 April is the 1st business day after delivery: the remark blocks acceptance.
    const rem = await t.asToken(
      'manager',
      '/api/kpi/register/olga/W2/remarks',
      json('POST', { date: '2025-04-25', text: 'нет ВК' }),
    );
    expect(rem.status).toBe(200);
    const early = await t.asToken(
      'manager',
      '/api/kpi/register/olga/W2/remarks',
      json('POST', { date: '2025-04-20', text: 'x' }),
    );
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain(
      'before the delivery',
    );
    expect(
      (
        await t.asToken(
          'analyst',
          '/api/kpi/register/olga/W2/remarks',
          json('POST', { date: '2025-04-25', text: 'x' }),
        )
      ).status,
    ).toBe(403);
    const own = (await (await t.asToken('analyst', '/api/kpi/register/olga')).json()) as Array<{
      id: string;
    }>;
    expect(own.map((e) => e.id)).toEqual(['W2', 'W1']);
    expect((await t.asToken('employee', '/api/kpi/register/olga')).status).toBe(403);
    const s = (await (
      await t.asToken('analyst', '/api/kpi/analyst/olga/2025-04?asof=2025-06-01')
    ).json()) as AnalystSheet;
    expect(s.register.map((e) => [e.id, e.status, e.onTime])).toEqual([
      ['W2', 'remarked', false],
      ['W1', 'accepted', true],
    ]);
  });

  it('reads and stores the analyst’s plan; weights must sum to 1', async () => {
    const plan = await t.asToken('analyst', '/api/kpi/analyst-plans/olga/2025-04');
    expect(await plan.json()).toMatchObject({
      bonus: 10000,
      acceptanceDays: 3,
      corridor: { floor: 0.7, cap: 1.4 },
    });
    const body = (kpis: unknown) => ({
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bonus: 20000, kpis }),
    });
    const ok = await t.asToken(
      'owner',
      '/api/kpi/analyst-plans/olga/2025-06',
      body([{ kpi: 'quality', weight: 1, plan: 0.9 }]),
    );
    expect(await ok.json()).toMatchObject({
      employee: 'olga',
      period: '2025-06',
      kpis: [{ kpi: 'quality', weight: 1 }],
    });
    const bad = await t.asToken(
      'owner',
      '/api/kpi/analyst-plans/olga/2025-06',
      body([{ kpi: 'quality', weight: 0.5, plan: 0.9 }]),
    );
    expect(bad.status).toBe(400);
  });

  it('copies a plan to another month (tasks not done yet); refuses to replace one unless forced', async () => {
    const copy = (role: 'manager' | 'owner' | 'employee' | 'analyst', body: unknown, lang = 'en') =>
      t.asToken(role, '/api/kpi/plans/anna/2024-03/copy', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
      });
    const ok = await copy('manager', { to: '2024-06' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      employee: 'anna',
      period: '2024-06',
      bonus: 30000,
      tasks: annaPlan.tasks.map((task) => ({ ...task, completion: null })),
    });
    const again = await copy('manager', { to: '2024-06' }, 'ru');
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      error: {
        field: 'to',
        message:
          'у сотрудника «Анна» (anna) уже есть план на июнь 2024 г. (2024-06); чтобы заменить его, копируйте с заменой (--force)',
      },
    });
    expect((await copy('owner', { to: '2024-06', force: true })).status).toBe(200);
    // June's sheet is computed from the copy; its tasks have no facts yet.
    const june = (await (await t.asToken('employee', '/api/kpi/sheets/anna/2024-06')).json()) as Sheet;
    expect(june.lines.filter((l) => l.kpi.startsWith('task:')).map((l) => l.amount)).toEqual([
      null,
      null,
      null,
    ]);
    const bad = await copy('owner', { to: '2024-6' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'to' } });
  });

  it('lets no employee or analyst account create or copy plans, their own included (403)', async () => {
    const post = (role: 'employee' | 'analyst', path: string, body: unknown, method = 'POST') =>
      t.asToken(role, path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const role of ['employee', 'analyst'] as const) {
      expect((await post(role, '/api/kpi/plans/anna/2024-03/copy', { to: '2024-07' })).status).toBe(403);
      expect((await post(role, '/api/kpi/analyst-plans/olga/2025-04/copy', { to: '2025-07' })).status).toBe(
        403,
      );
      expect((await post(role, '/api/kpi/plans/anna/2024-08', annaPlan, 'PUT')).status).toBe(403);
      expect((await post(role, '/api/kpi/analyst-plans/olga/2025-08', { bonus: 1 }, 'PUT')).status).toBe(403);
    }
    expect((await t.asToken('owner', '/api/kpi/plans/anna/2024-07')).status).toBe(400);
  });

  it('copies an analyst plan; a new employee comes with their first plan', async () => {
    const copy = await t.asToken('owner', '/api/kpi/analyst-plans/olga/2025-04/copy', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: '2025-09' }),
    });
    expect(await copy.json()).toMatchObject({ employee: 'olga', period: '2025-09', bonus: 10000 });
    // The workbench adds an employee by saving their first plan: PUT stores the name and scope too.
    const put = await t.asToken('manager', '/api/kpi/plans/ivan/2024-05', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...annaPlan, name: 'Иван', position: 'маркетолог', channels: ['ВК'] }),
    });
    expect(put.status).toBe(200);
    const all = (await (await t.asToken('manager', '/api/kpi/employees')).json()) as Array<{
      id: string;
      name: string;
      marketer: string[];
    }>;
    expect(all.find((e) => e.id === 'ivan')).toMatchObject({ name: 'Иван', marketer: ['2024-05'] });
  });

  it('keeps time norms per report type: owners and managers set them, analysts read them', async () => {
    const put = (role: 'owner' | 'manager' | 'analyst', type: string, body: unknown) =>
      t.asToken(role, `/api/kpi/report-norms/${encodeURIComponent(type)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await put('manager', 'cohort-study', { name: 'Когортный анализ', days: 5 });
    expect(await ok.json()).toEqual({ type: 'cohort-study', name: 'Когортный анализ', days: 5 });
    expect(await (await put('owner', 'weekly', { days: 2 })).json()).toEqual({
      type: 'weekly',
      name: 'weekly',
      days: 2,
    });
    const bad = await put('owner', 'weekly', { days: 0 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'norm' } });
    expect((await put('analyst', 'weekly', { days: 9 })).status).toBe(403);
    const norms = await (await t.asToken('analyst', '/api/kpi/report-norms')).json();
    expect(norms).toEqual([
      { type: 'cohort-study', name: 'Когортный анализ', days: 5 },
      { type: 'weekly', name: 'weekly', days: 2 },
    ]);
    expect((await t.asToken('employee', '/api/kpi/report-norms')).status).toBe(403);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/kpi/sheets/{employee}/{period}',
        '/api/kpi/analyst/{employee}/{period}/xlsx',
        '/api/kpi/plans/{employee}/{period}/copy',
        '/api/kpi/analyst-plans/{employee}/{period}/copy',
        '/api/kpi/report-norms/{type}',
      ]),
    );
  });
});
