import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelsFor,
  exportQuarterPlan,
  importQuarterPlans,
  parsePlan,
  parseQuarterPlan,
  quarterFacts,
  quarterPlanFile,
  quarterSheetFor,
  quarterSheetFromPlan,
  removeQuarterPlan,
  setQuarterPlanValue,
  storePlan,
  storeQuarterPlan,
  UserError,
  type Workspace,
} from '../../src/services/index.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { saveQuarterPlan } from '../../src/store/index.ts';
import { toQuarterRecord } from '../../src/services/kpi/quarter-schema.ts';
import type { FactSource } from '../../src/core/kpi/index.ts';
import { plain } from '../core/kpi/fixtures.ts';
import { cohortWorkspace } from './cohorts-fixture.ts';

/** A source with the locale's no-break spaces read as plain ones, to compare with typed text. */
const readable = (s: FactSource | undefined): FactSource | undefined =>
  s && { ...s, text: { ru: plain(s.text.ru), en: plain(s.text.en) } };

const r4 = (v: number | null | undefined) => (v === null || v === undefined ? v : Number(v.toFixed(6)));
const romi = { basis: 'margin' as const, horizon: 3, otherCosts: 0 };

/**
 * Q1 2024 on the hand-checked cohort fixture (test/services/cohorts-fixture.ts), LTV over 3 months,
 * as of 10 March (the last order: the quarter's last day is later):
 *
 * - all channels: spend 1 120 (ads) + 50 (email) = 1 170; buyers a–e = 5; revenue 870. Pooled LTV by
 *   margin at M2 = 47 + 12,5 + 40 = 99,5 (by revenue 110 + 30 + 100 = 240). ROMI = 99,5 ÷ (1 170 ÷ 5)
 *   = 0,425214 (by revenue 1,025641); MRE = 1 170 ÷ 870 = 1,344828.
 * - ads: spend 1 120; buyers a, c, d = 3; revenue 150 + 40 + 100 + 60 + 30 = 380; the ads curve
 *   (a, c, d) by margin at M2 = 53,33 + 0 + 80 = 133,33. ROMI = 133,33 ÷ (1 120 ÷ 3) = 0,357143;
 *   MRE = 1 120 ÷ 380 = 2,947368; AOV = 380 ÷ 5 orders = 76.
 * - ads + email: spend 1 170; buyers a, b, c, d = 4 (a bought through both, once); revenue 380 +
 *   200 (A3) + 120 (B2) = 700; email acquired nobody, so the curve is the ads one. ROMI = 133,33 ×
 *   4 ÷ 1 170 = 0,455840; MRE = 1 170 ÷ 700 = 1,671429.
 */
describe('quarterly facts from the warehouse', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  it('computes ROMI and MRE for the whole company', async () => {
    const f = await quarterFacts(ws, '2024-Q1', [], ['romi', 'mre'], romi);
    expect(r4(f['romi']!.value)).toBe(0.425214);
    expect(r4(f['mre']!.value)).toBe(1.344828);
    expect(readable(f['romi']!.source)).toEqual({
      kind: 'warehouse',
      detail:
        'channel unit economics 2024-01..2024-03 as of 2024-03-10, all channels: LTV by margin at 3 months 99.50 ÷ CARC 234.00 (spend 1170.00 + other costs 0.00 over 5 buyers)',
      text: {
        ru: 'юнит-экономика каналов за 1 квартал 2024 на 10.03.2024, все каналы: LTV по марже за 3 мес. 99,50 ₽ ÷ CARC 234,00 ₽ (расходы 1 170,00 ₽ + прочие 0,00 ₽ на 5 покупателей)',
        en: 'channel unit economics Q1 2024 as of 10 Mar 2024, all channels: LTV by margin at 3 months RUB 99.50 ÷ CARC RUB 234.00 (spend RUB 1,170.00 + other costs RUB 0.00 over 5 buyers)',
      },
    });
    expect(f['mre']!.source!.detail).toContain('spend 1170.00 ÷ revenue 870.00');
    expect(plain(f['mre']!.source!.text.ru)).toContain('расходы 1 170,00 ₽ ÷ выручка 870,00 ₽');
    const byRevenue = await quarterFacts(ws, '2024-Q1', [], ['romi'], { ...romi, basis: 'revenue' });
    expect(r4(byRevenue['romi']!.value)).toBe(1.025641);
  });

  it('computes them for one channel, and for several with each customer once', async () => {
    const ads = await quarterFacts(ws, '2024-Q1', ['ads'], ['romi', 'mre', 'aov'], romi);
    expect([ads['romi'], ads['mre'], ads['aov']].map((x) => r4(x!.value))).toEqual([0.357143, 2.947368, 76]);
    expect(ads['aov']!.source!.detail).toBe('aov 2024-01..2024-03, channels: ads: revenue 380.00, orders 5');
    expect(readable(ads['aov']!.source)?.text).toEqual({
      ru: 'данные за 1 квартал 2024, каналы: ads: выручка по заказам 380,00 ₽, число заказов 5',
      en: 'data for Q1 2024, channels: ads: order revenue RUB 380.00, number of orders 5',
    });
    const both = await quarterFacts(ws, '2024-Q1', ['ads', 'email'], ['romi', 'mre'], romi);
    expect([both['romi'], both['mre']].map((x) => r4(x!.value))).toEqual([0.45584, 1.671429]);
    // The scope of one channel is that channel's row of `fulcrum channels`.
    const table = await channelsFor(ws, { period: '2024-01..2024-03', asOf: '2024-03-31', horizon: 3 });
    const row = table.channels.find((c) => c.channel === 'ads')!;
    expect(r4(row.romiMargin)).toBe(0.357143);
    const scoped = await channelsFor(ws, {
      period: '2024-01..2024-03',
      asOf: '2024-03-31',
      horizon: 3,
      channels: ['ads', 'email'],
    });
    expect(scoped.channels.map((c) => c.channel)).toEqual(['ads', 'email']);
    expect(scoped.total).toMatchObject({ buyers: 4, spend: 1170, revenue: 700 });
  });

  it('reads "no data", never 0, where the data cannot give a fact', async () => {
    const f = await quarterFacts(ws, '2023-Q4', ['ads'], ['romi', 'mre', 'visitors_x'], romi);
    expect(f['romi']).toEqual({
      value: null,
      source: {
        kind: 'warehouse',
        detail: 'no orders in the warehouse by 2023-12-31',
        text: {
          ru: 'в данных нет заказов по 31.12.2023 включительно',
          en: 'no orders in the warehouse by 31 Dec 2023',
        },
      },
    });
    // A channel with no spend has no ROMI and no MRE.
    const seo = await quarterFacts(ws, '2024-Q1', ['seo'], ['romi', 'mre'], romi);
    expect(seo['romi']!.value).toBeNull();
    expect(seo['mre']!.value).toBeNull();
    expect(seo['mre']!.source!.detail).toContain('no data');
    expect(seo['romi']!.source!.detail).toContain('no spend rows for the scope in the quarter');
    expect(seo['romi']!.source!.text.ru).toContain(
      'нет данных — за квартал нет рекламных расходов этих каналов',
    );
    expect(seo['mre']!.source!.text.ru).toContain('нет данных');
  });

  it('says why ROMI by margin has no data when some orders lack their cost', async () => {
    const partial = await cohortWorkspace();
    await partial.engine.driver.exec("UPDATE orders SET cost = NULL WHERE order_id = 'B2'");
    const f = await quarterFacts(partial, '2024-Q1', [], ['romi'], romi);
    expect(f['romi']!.value).toBeNull();
    expect(f['romi']!.source!.detail).toContain(
      'LTV by margin: no data — some orders lack their cost (by revenue the LTV is 240.00); read ROMI by revenue or enter the fact',
    );
    expect(plain(f['romi']!.source!.text.ru)).toContain(
      'у части заказов нет себестоимости (LTV по выручке 240,00 ₽); считайте ROMI по выручке',
    );
    const byRevenue = await quarterFacts(partial, '2024-Q1', [], ['romi'], { ...romi, basis: 'revenue' });
    expect(r4(byRevenue['romi']!.value)).toBe(1.025641);
    await partial.close();
  });
});

/** Anna runs ads; the plan pays ROMI 60%, MRE 40% of the KPI part (70%), a calendar task 30%. */
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

const monthly = (period: string, tasks: Array<{ id: string; name: string }>) =>
  parsePlan(
    {
      employee: 'anna',
      period,
      bonus: 30000,
      leads: { weight: 0.7, plan: 5 },
      newClientShare: { weight: 0.3, plan: 0.4 },
      tasks: tasks.map((t) => ({ ...t, weight: 1 / tasks.length, completion: null })),
    },
    'test',
  );

describe('quarterly plans in the app store and their sheets', () => {
  let ws: Workspace;
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-quarter-'));
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  it('computes the sheet of a stored plan from the data for the employee’s scope', async () => {
    storeQuarterPlan(ws, parseQuarterPlan(annaQ1, 'test'));
    const s = await quarterSheetFor(ws, 'anna', '2024-Q1');
    // ROMI 0,357143 ÷ 0,4 = 0,892857 × 60% × 70% × 100 000 = 37 500
    // MRE (lower is better) 1,5 ÷ 2,947368 = 0,508929: under the 70% floor (METHODOLOGY §3) → 0
    // (the old floor of 0 paid 14 250 for an MRE twice the plan)
    // CRM 1 × 100% × 30% × 100 000 = 30 000
    expect(s.lines.map((l) => [l.kpi, l.amount])).toEqual([
      ['romi', 37500],
      ['mre', 0],
      ['task:crm', 30000],
    ]);
    expect(s.parts.map((p) => p.amount)).toEqual([37500, 30000]);
    expect(s.total).toBe(67500);
    expect(s.lines[0]!.source?.kind).toBe('warehouse');
    expect(s.lines[0]!.source?.detail).toContain('channels: ads');
  });

  it('lets a manual fact with its source win over the warehouse, and takes it back', async () => {
    setQuarterPlanValue(ws, 'anna', '2024-Q1', { fact: { kpi: 'romi', value: 0.5, source: 'CFO report' } });
    const s = await quarterSheetFor(ws, 'anna', '2024-Q1');
    expect(s.lines[0]).toMatchObject({
      fact: 0.5,
      amount: 52500, // 0,5 ÷ 0,4 = 1,25 × 42 000
      source: {
        kind: 'manual',
        detail: 'CFO report (2024-06-01)',
        // What the person typed stays as typed; the day reads in the locale.
        text: { ru: 'CFO report (01.06.2024)', en: 'CFO report (1 Jun 2024)' },
      },
    });
    expect(quarterPlanFile(ws, 'anna', '2024-Q1').kpis[0]).toMatchObject({ fact: 0.5, source: 'CFO report' });
    setQuarterPlanValue(ws, 'anna', '2024-Q1', { fact: { kpi: 'romi', value: null, source: '' } });
    expect((await quarterSheetFor(ws, 'anna', '2024-Q1')).total).toBe(67500);
  });

  it('changes a KPI plan, a task completion and the bonus; refuses what the plan lacks', async () => {
    const p = setQuarterPlanValue(ws, 'anna', '2024-Q1', {
      kpiPlan: { kpi: 'mre', plan: 3 },
      task: { id: 'crm', completion: 0.4 },
      bonus: 120000,
    });
    expect(p).toMatchObject({ bonus: 120000, tasks: [{ id: 'crm', completion: 0.4 }] });
    expect(p.kpis[1]).toMatchObject({ kpi: 'mre', plan: 3 });
    expect(() => setQuarterPlanValue(ws, 'anna', '2024-Q1', { task: { id: 'nope', completion: 1 } })).toThrow(
      /no calendar task "nope"/,
    );
    expect(() =>
      setQuarterPlanValue(ws, 'anna', '2024-Q1', { fact: { kpi: 'cac', value: 1, source: 'x' } }),
    ).toThrow('no KPI "cac" in the quarterly plan: romi, mre');
    storeQuarterPlan(ws, parseQuarterPlan(annaQ1, 'test'));
  });

  it('refuses a calendar task already paid as a monthly task, naming the task and the months', async () => {
    // From the monthly side: the stored Q1 plan already pays «Внедрение CRM».
    let monthlyErr: unknown;
    try {
      storePlan(ws, monthly('2024-02', [{ id: 'crm-feb', name: 'Внедрение CRM' }]));
    } catch (e) {
      monthlyErr = e;
    }
    expect(monthlyErr).toBeInstanceOf(UserError);
    expect(messageIn(monthlyErr, 'en')).toBe(
      'calendar task "Внедрение CRM" is also a monthly task in 2024-02 ("Внедрение CRM"): it cannot be paid twice',
    );
    expect(messageIn(monthlyErr, 'ru')).toMatch(
      /^календарная задача «Внедрение CRM» уже есть в месячных задачах за 2024-02/,
    );
    storePlan(ws, monthly('2024-10', [{ id: 'crm', name: 'Внедрение CRM' }])); // Q4: no matter

    // From the quarterly side: monthly plans agreed first, then a quarter repeating their task.
    removeQuarterPlan(ws, 'anna', '2024-Q1');
    storePlan(ws, monthly('2024-02', [{ id: 'crm-feb', name: 'Внедрение CRM' }]));
    storePlan(ws, monthly('2024-03', [{ id: 'crm', name: 'внедрение  crm' }]));
    let err: unknown;
    try {
      storeQuarterPlan(ws, parseQuarterPlan(annaQ1, 'test'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect(messageIn(err, 'en')).toBe(
      'calendar task "Внедрение CRM" is also a monthly task in 2024-02 ("Внедрение CRM") and 2024-03 ("внедрение  crm"): it cannot be paid twice',
    );
    expect(messageIn(err, 'ru')).toBe(
      'календарная задача «Внедрение CRM» уже есть в месячных задачах за 2024-02 («Внедрение CRM») и 2024-03 («внедрение  crm»): дважды за одну работу не платят',
    );
    // A plan stored before the rule existed (straight into the store) still cannot pay twice:
    // its sheet is refused with the same words.
    saveQuarterPlan(ws.store, toQuarterRecord(parseQuarterPlan(annaQ1, 'test'), 'test'));
    await expect(quarterSheetFor(ws, 'anna', '2024-Q1')).rejects.toThrow(/is also a monthly task in 2024-02/);
    // Another quarter's plan with the same task is fine; dropping the monthly task frees Q1.
    storeQuarterPlan(ws, parseQuarterPlan({ ...annaQ1, period: '2024-Q3' }, 'test'));
    storePlan(ws, monthly('2024-02', [{ id: 'mail', name: 'Рассылка' }]));
    storePlan(ws, monthly('2024-03', [{ id: 'mail', name: 'Рассылка' }]));
    expect((await quarterSheetFor(ws, 'anna', '2024-Q1')).total).toBe(67500);
  });

  it('checks a plan at the door: KPI ids, plans, weights, quarters', () => {
    expect(() => parseQuarterPlan({ ...annaQ1, period: '2024-Q5' }, 'f.json')).toThrow(
      'f.json: period: period is a quarter, YYYY-Q1..YYYY-Q4',
    );
    expect(() =>
      parseQuarterPlan({ ...annaQ1, kpis: [{ kpi: 'romi', weight: 0.6, plan: 2 }] }, 'f.json'),
    ).toThrow('weights of the quarterly KPIs sum to 0.6, not 1');
    expect(() =>
      parseQuarterPlan({ ...annaQ1, kpis: [{ kpi: 'nope', weight: 1, plan: 2 }] }, 'f.json'),
    ).toThrow(/unknown KPI "nope"/);
    expect(() => parseQuarterPlan({ ...annaQ1, kpis: [{ kpi: 'romi', weight: 1 }] }, 'f.json')).toThrow(
      'KPI "romi" needs a plan or base, norm and target',
    );
    expect(() =>
      parseQuarterPlan({ ...annaQ1, kpis: [...annaQ1.kpis, { kpi: 'mre', weight: 0, plan: 1 }] }, 'f.json'),
    ).toThrow('KPI "mre" is listed twice');
  });

  it('round-trips a plan through XLSX and JSON, manual facts and their sources included', async () => {
    storeQuarterPlan(
      ws,
      parseQuarterPlan(
        {
          ...annaQ1,
          period: '2024-Q2',
          position: 'маркетолог',
          corridor: { floor: 0.5, cap: 1.2 },
          romi: { basis: 'revenue', horizon: 6, otherCosts: 1500.5 },
          kpis: [
            { kpi: 'romi', weight: 0.5, base: 0.5, norm: 1, target: 2, cap: 1.5 },
            { kpi: 'mre', weight: 0.5, plan: 0.2, fact: 0.18, source: 'бухгалтерия' },
          ],
          tasks: [
            { id: 'crm', name: 'Внедрение CRM', weight: 0.7, completion: 0.5 },
            { id: 'site', name: 'Новый сайт', weight: 0.3, completion: null },
          ],
        },
        'test',
      ),
    );
    const before = quarterPlanFile(ws, 'anna', '2024-Q2');
    const xlsx = join(dir, 'q2.xlsx');
    await exportQuarterPlan(ws, 'anna', '2024-Q2', xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'KPI', 'Задачи']);
    // HR edits the bonus in the workbook; importing it back changes that and nothing else.
    wb.getWorksheet('План')!.eachRow((row) => {
      if (row.getCell(1).value === 'bonus') row.getCell(2).value = 90000;
    });
    await wb.xlsx.writeFile(xlsx);
    const [imported] = await importQuarterPlans(ws, xlsx);
    expect(imported).toEqual({ ...before, bonus: 90000 });
    const json = join(dir, 'q2.json');
    await exportQuarterPlan(ws, 'anna', '2024-Q2', json);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({ ...before, bonus: 90000 });
    expect(before.kpis).toEqual([
      { kpi: 'romi', weight: 0.5, base: 0.5, norm: 1, target: 2, cap: 1.5 },
      { kpi: 'mre', weight: 0.5, plan: 0.2, fact: 0.18, source: 'бухгалтерия' },
    ]);
  });

  it('computes a sheet from a plan given as data, storing nothing (POST /api/kpi/quarter)', async () => {
    const s = await quarterSheetFromPlan(ws, { ...annaQ1, employee: 'boris', channels: [] }, 'body');
    // All channels: ROMI 0,425214 ÷ 0,4 = 1,063034 × 42 000 = 44 647,44; MRE 1,5 ÷ 1,344828 = 1,115385 × 28 000 = 31 230,77
    expect(s.lines.map((l) => l.amount)).toEqual([44647.44, 31230.77, 30000]);
    expect(() => quarterPlanFile(ws, 'boris', '2024-Q1')).toThrow(/no quarterly plan for boris in 2024-Q1/);
  });
});
